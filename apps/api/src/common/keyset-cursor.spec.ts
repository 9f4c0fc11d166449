import { CURSOR_MAX, EMAIL_MAX, NAME_MAX } from '@cloudhub/validation-limits';
import { decodeCursor, decodeSortedCursor, encodeCursor, encodeSortedCursor } from './keyset-cursor';
import { ProblemError } from './problem';

const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

describe('keyset cursors', () => {
  it('reads back what it gave out', () => {
    const at = new Date('2026-12-01T10:00:00.123Z');
    const id = '0b0c7a8e-3d2f-4a4b-9c1d-2e3f4a5b6c7d';
    expect(decodeCursor(encodeCursor(at, id))).toEqual({ at, id });
    expect(decodeCursor(undefined)).toBeUndefined();
  });

  it.each([
    ['not base64 JSON', 'bm90IGpzb24'],
    ['a non-UUID id', encode(['2026-12-01T10:00:00Z', 'x'])],
    ['an id that is not a string', encode(['2026-12-01T10:00:00Z', 42])],
    ['a date that is not a date', encode(['yesterday', '0b0c7a8e-3d2f-4a4b-9c1d-2e3f4a5b6c7d'])],
    ['an object', encode({ at: '2026-12-01T10:00:00Z' })],
    ['a year PostgreSQL cannot store', encode(['-183382-03-30T13:15:45.299Z', '0b0c7a8e-3d2f-4a4b-9c1d-2e3f4a5b6c7d'])],
    ['null', encode(null)],
    ['three elements', encode(['2026-12-01T10:00:00Z', '0b0c7a8e-3d2f-4a4b-9c1d-2e3f4a5b6c7d', 1])],
  ])('refuses %s with a field error, never passing it on', (_, cursor) => {
    expect(() => decodeCursor(cursor)).toThrow(ProblemError);
    try {
      decodeCursor(cursor);
    } catch (error) {
      expect((error as ProblemError).errors).toEqual([
        { field: 'cursor', message: 'is not a cursor this API gave out', code: 'invalidCursor' },
      ]);
    }
  });
});

describe('sorted keyset cursors', () => {
  const id = '0b0c7a8e-3d2f-4a4b-9c1d-2e3f4a5b6c7d';
  const time = '2026-12-01T10:00:00.123456Z';

  it('reads back a time or a text key, for the sort it was given out for', () => {
    expect(decodeSortedCursor(encodeSortedCursor('-sent', time, id), '-sent', 'time')).toEqual({ key: time, id });
    expect(decodeSortedCursor(encodeSortedCursor('email', 'a@example.com', id), 'email', 'text')).toEqual({
      key: 'a@example.com',
      id,
    });
    expect(decodeSortedCursor(undefined, 'email', 'text')).toBeUndefined();
  });

  it('fits the longest name and e-mail address into a cursor the list accepts back', () => {
    const longestName = '\u{1D504}'.repeat(NAME_MAX); // 4 bytes in UTF-8 each
    const longestEmail = `${'a'.repeat(64)}@${'b'.repeat(EMAIL_MAX - 65)}`;
    for (const key of [longestName, longestEmail]) {
      const cursor = encodeSortedCursor('-name', key, id);
      expect(cursor.length).toBeLessThanOrEqual(CURSOR_MAX);
      expect(decodeSortedCursor(cursor, '-name', 'text')).toEqual({ key, id });
    }
  });

  it.each([
    ['a cursor of another sort', encodeSortedCursor('-sent', time, id), 'email', 'text'],
    ['a text key where a time belongs', encodeSortedCursor('sent', 'a@example.com', id), 'sent', 'time'],
    ['a time cut to milliseconds', encodeSortedCursor('sent', '2026-12-01T10:00:00.123Z', id), 'sent', 'time'],
    ['a key with NUL', encodeSortedCursor('email', 'a\u0000b', id), 'email', 'text'],
    ['an overlong key', encodeSortedCursor('email', 'a'.repeat(321), id), 'email', 'text'],
    ['an unsorted cursor', encodeCursor(new Date(), id), 'sent', 'time'],
  ] as const)('refuses %s', (_, cursor, sort, kind) => {
    expect(() => decodeSortedCursor(cursor, sort, kind)).toThrow(ProblemError);
  });
});
