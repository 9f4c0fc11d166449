import { validationFailed } from './problem';

/** Opaque keyset-pagination cursors: the sort key of the last row, base64url-encoded. */
export function encodeCursor(at: Date, id: string): string {
  return Buffer.from(JSON.stringify([at.toISOString(), id])).toString('base64url');
}

export function decodeCursor(cursor: string | undefined): { at: Date; id: string } | undefined {
  if (cursor === undefined) return undefined;
  try {
    const [at, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as [string, string];
    const date = new Date(at);
    if (typeof id === 'string' && !Number.isNaN(date.getTime())) return { at: date, id };
  } catch {
    // fall through to the field error
  }
  throw validationFailed([{ field: 'cursor', message: 'is not a cursor this API gave out', code: 'invalidCursor' }]);
}
