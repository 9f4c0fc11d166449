import { useState } from 'react';

interface Identified {
  id: string;
}

/** The picked rows after the table reports the picked ids: each kept as it was picked, new ones from the list. */
export function pick<Row extends Identified>(
  previous: ReadonlyMap<string, Row>,
  ids: ReadonlySet<string>,
  rows: readonly Row[],
): ReadonlyMap<string, Row> {
  return new Map(
    [...ids].flatMap((id) => {
      const row = previous.get(id) ?? rows.find((candidate) => candidate.id === id);
      return row ? [[id, row] as const] : [];
    }),
  );
}

/** In the table's order (a bulk action goes in that order), then any that have left the list meanwhile. */
export function inTableOrder<Row extends Identified>(rows: readonly Row[], selected: ReadonlyMap<string, Row>): Row[] {
  const shown = rows.filter((row) => selected.has(row.id));
  const shownIds = new Set(shown.map((row) => row.id));
  return [...shown, ...[...selected.values()].filter((row) => !shownIds.has(row.id))];
}

/**
 * The rows picked in a `DataTable` for a bulk action. The rows themselves are kept, not only their ids: a row
 * that drops out of the list while a bulk dialog is open (it was just deleted) must not take the dialog and
 * its result with it. Another view (filter, order) clears the selection: picked rows the admin can no longer
 * see would surprise.
 */
export function useRowSelection<Row extends Identified>(rows: readonly Row[], viewKey: string) {
  const [selected, setSelected] = useState<ReadonlyMap<string, Row>>(new Map());
  const [selectionView, setSelectionView] = useState(viewKey);
  if (selectionView !== viewKey) {
    setSelectionView(viewKey);
    setSelected(new Map());
  }
  const ids: ReadonlySet<string> = new Set(selected.keys());
  return {
    rows: inTableOrder(rows, selected),
    ids,
    select: (picked: ReadonlySet<string>) => setSelected((previous) => pick(previous, picked, rows)),
    clear: () => setSelected(new Map()),
  };
}
