import { describe, expect, it } from 'vitest';
import { inTableOrder, pick } from './use-row-selection';

const row = (id: string) => ({ id, email: `${id}@example.com` });

describe('the rows picked for a bulk action', () => {
  it('come in the table’s order, whatever order they were picked in', () => {
    const rows = [row('a'), row('b'), row('c')];
    const selected = pick(new Map(), new Set(['c', 'a']), rows);
    expect(inTableOrder(rows, selected).map((picked) => picked.id)).toEqual(['a', 'c']);
  });

  it('keep one that left the list (deleted while its dialog is open), once, after the ones still shown', () => {
    const selected = pick(new Map(), new Set(['a', 'c']), [row('a'), row('b'), row('c')]);
    // The list comes again, with new objects and without "a".
    const refreshed = [row('b'), row('c')];
    expect(inTableOrder(refreshed, selected).map((picked) => picked.id)).toEqual(['c', 'a']);
    expect([...pick(selected, new Set(['a', 'c', 'b']), refreshed).keys()]).toEqual(['a', 'c', 'b']);
  });

  it('drop ids the list never had', () => {
    expect([...pick(new Map(), new Set(['x']), [row('a')]).keys()]).toEqual([]);
  });
});
