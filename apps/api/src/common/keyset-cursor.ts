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
function pageOf<Row, Item>(
  rows: readonly Row[],
  limit: number,
  cursorAfter: (last: Row) => string,
  toItem: (row: Row) => Item,
): { items: Item[]; nextCursor: string | null } {
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return { items: page.map(toItem), nextCursor: rows.length > limit && last !== undefined ? cursorAfter(last) : null };
}

export function toPage<Row, Item>(
  rows: readonly Row[],
  limit: number,
  keyOf: (row: Row) => { at: Date | string; id: string },
  toItem: (row: Row) => Item,
): { items: Item[]; nextCursor: string | null } {
  const cursorAfter = (last: Row) => {
    const { at, id } = keyOf(last);
    return encodeCursor(new Date(at), id);
  };
  return pageOf(rows, limit, cursorAfter, toItem);
}

/**
 * What a sorted list orders by besides the id: a point in time as `exactTime()` (database/exact-time.ts) writes
 * it, to the microsecond, or a text compared in the database.
 */
export type SortKeyKind = 'time' | 'text';

/** A time as `exactTime()` writes it: a JavaScript Date has only milliseconds. */
const EXACT_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/;

/** A text key as the sort columns hold it: an e-mail address or a name. */
const TEXT_KEY_MAX = 320;

/**
 * A cursor of a list the caller may sort: it carries the sort it belongs to, so a cursor from another sort
 * (a stale link, a changed column) is refused instead of silently skipping rows.
 */
export function encodeSortedCursor(sort: string, key: string, id: string): string {
  return Buffer.from(JSON.stringify([sort, key, id])).toString('base64url');
}

export function decodeSortedCursor(
  cursor: string | undefined,
  sort: string,
  kind: SortKeyKind,
): { key: string; id: string } | undefined {
  if (cursor === undefined) return undefined;
  try {
    const decoded: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(decoded) && decoded.length === 3 && decoded[0] === sort) {
      const [, key, id] = decoded as unknown[];
      if (isKey(key, kind) && typeof id === 'string' && UUID.test(id)) return { key, id };
    }
  } catch {
    // fall through to the field error
  }
  throw invalidCursor();
}

/** Only keys the list wrote reach the database; PostgreSQL refuses NUL in text (a 500 instead of a field error). */
function isKey(value: unknown, kind: SortKeyKind): value is string {
  if (typeof value !== 'string') return false;
  return kind === 'time' ? EXACT_TIME.test(value) : value.length <= TEXT_KEY_MAX && !value.includes('\u0000');
}

/** `toPage` for a list the caller may sort: the next cursor carries the sort. */
export function toSortedPage<Row, Item>(
  rows: readonly Row[],
  limit: number,
  sort: string,
  keyOf: (row: Row) => { key: string; id: string },
  toItem: (row: Row) => Item,
): { items: Item[]; nextCursor: string | null } {
  const cursorAfter = (last: Row) => {
    const { key, id } = keyOf(last);
    return encodeSortedCursor(sort, key, id);
  };
  return pageOf(rows, limit, cursorAfter, toItem);
}
