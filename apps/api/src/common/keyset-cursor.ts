import { invalidCursor } from './problem';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Opaque keyset-pagination cursors: the sort key of the last row, base64url-encoded. */
export function encodeCursor(at: Date, id: string): string {
  return Buffer.from(JSON.stringify([at.toISOString(), id])).toString('base64url');
}

export function decodeCursor(cursor: string | undefined): { at: Date; id: string } | undefined {
  if (cursor === undefined) return undefined;
  try {
    const decoded: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(decoded) && decoded.length === 2) {
      const [at, id] = decoded as unknown[];
      // Four-digit years only: PostgreSQL refuses dates JavaScript accepts (year -183382, found by fuzzing).
      const date = typeof at === 'string' && ISO_DATE.test(at) ? new Date(at) : undefined;
      // Only what encodeCursor writes: anything else would reach the database as a malformed value.
      if (date && !Number.isNaN(date.getTime()) && typeof id === 'string' && UUID.test(id)) return { at: date, id };
    }
  } catch {
    // fall through to the field error
  }
  throw invalidCursor();
}

/**
 * One page of a keyset-paged list: ask the repository for `limit + 1` rows; the extra row only tells
 * whether there is a next page, whose cursor is the sort key of this page's last row.
 */
export function toPage<Row, Item>(
  rows: readonly Row[],
  limit: number,
  keyOf: (row: Row) => { at: Date | string; id: string },
  toItem: (row: Row) => Item,
): { items: Item[]; nextCursor: string | null } {
  const page = rows.slice(0, limit);
  const last = page[page.length - 1];
  const key = last === undefined ? undefined : keyOf(last);
  return {
    items: page.map(toItem),
    nextCursor: rows.length > limit && key ? encodeCursor(new Date(key.at), key.id) : null,
  };
}
