import { sql } from 'kysely';

/**
 * A timestamp column as a keyset cursor carries it: ISO 8601 in UTC with all six digits of its microseconds.
 * A JavaScript Date has three; a key cut to milliseconds would skip or repeat rows written within the same
 * millisecond (a bulk import, a batch of invitations). `decodeSortedCursor(…, 'time')` accepts only this form.
 */
export const exactTime = (column: string) =>
  sql<string>`to_char(${sql.ref(column)} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;
