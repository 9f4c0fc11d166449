import { useEffect, useId, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { classNames } from './class-names';
import './data-table.css';

/** One column; the first one heads its row (`<th scope="row">`), so it should name the row. */
export interface DataTableColumn<Row> {
  header: string;
  /** `rowId` is the id to put on the text that names the row: the row's actions are described by it. */
  cell: (row: Row, rowId: string) => ReactNode;
  /** Numbers: header and cells aligned to the right. */
  numeric?: boolean;
  /** Set on every cell of the column (not its header). */
  className?: string;
  /**
   * On narrow screens each row becomes a card and a cell shows its column's header as a label. Cells are
   * labelled except the row header; `true`/`false` says otherwise.
   */
  labelled?: boolean;
  /**
   * A column the rows can be ordered by: its header becomes a button that asks for the next order, and the
   * header says (`aria-sort`) how the rows are ordered now.
   */
  sort?: { direction: SortDirection | undefined; onSort: () => void };
}

export type SortDirection = 'ascending' | 'descending';

/** Rows the user can pick (for actions on several at once): a checkbox per row and one for the whole page. */
export interface DataTableSelection<Row> {
  /** The `rowKey`s of the picked rows. */
  selected: ReadonlySet<string>;
  onChange: (next: ReadonlySet<string>) => void;
  /** What names the row in its checkbox's label ("Select …"), e.g. its e-mail address. */
  rowName: (row: Row) => string;
}

interface DataTableProps<Row> {
  /** Read out by screen readers (the table's accessible name); hidden on screen. */
  caption: string;
  columns: readonly DataTableColumn<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row) => string;
  rowClassName?: (row: Row) => string | undefined;
  /** The row's buttons, in a last column whose header is read out as "Actions". */
  actions?: (row: Row, rowId: string) => ReactNode;
  dense?: boolean;
  selection?: DataTableSelection<Row>;
  /** The `rowKey` of a row to point out (a link led to it): marked, and focusable for the caller to focus. */
  highlightedKey?: string;
}

/** The one table of the app: a caption, column headers, row headers, and optional row actions. */
export function DataTable<Row>({
  caption,
  columns,
  rows,
  rowKey,
  rowClassName,
  actions,
  dense = false,
  selection,
  highlightedKey,
}: DataTableProps<Row>) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <table className={classNames('data-table', dense && 'data-table--dense')}>
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          {selection && (
            <th scope="col" className="select">
              <PageCheckbox rowKeys={rows.map(rowKey)} selection={selection} />
            </th>
          )}
          {columns.map((column) => (
            <th
              key={column.header}
              scope="col"
              className={column.numeric ? 'numeric' : undefined}
              aria-sort={column.sort ? (column.sort.direction ?? 'none') : undefined}
            >
              {column.sort ? <SortButton header={column.header} sort={column.sort} /> : column.header}
            </th>
          ))}
          {actions && (
            <th scope="col" className="actions">
              <span className="visually-hidden">{t('userManagement.actions')}</span>
            </th>
          )}
        </tr>
      </thead>
      <tbody>
        {rows.map((row, index) => {
          const rowId = `${id}-${index}`;
          const key = rowKey(row);
          const highlighted = key === highlightedKey;
          return (
            <tr
              key={key}
              className={classNames(rowClassName?.(row), highlighted && 'is-highlighted') || undefined}
              tabIndex={highlighted ? -1 : undefined}
              data-row-key={highlighted ? key : undefined}
            >
              {selection && (
                <td className="select">
                  <input
                    type="checkbox"
                    aria-label={t('dataTable.selectRow', { name: selection.rowName(row) })}
                    checked={selection.selected.has(key)}
                    onChange={(event) => selection.onChange(toggled(selection.selected, [key], event.target.checked))}
                  />
                </td>
              )}
              {columns.map((column, columnIndex) => {
                const Cell = columnIndex === 0 ? 'th' : 'td';
                const labelled = column.labelled ?? columnIndex > 0;
                return (
                  <Cell
                    key={column.header}
                    scope={columnIndex === 0 ? 'row' : undefined}
                    data-label={labelled ? column.header : undefined}
                    className={classNames(column.numeric && 'numeric', column.className) || undefined}
                  >
                    {column.cell(row, rowId)}
                  </Cell>
                );
              })}
              {actions && (
                <td className="actions">
                  <div className="row-actions">{actions(row, rowId)}</div>
                </td>
              )}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

/**
 * The header's button of a sortable column. The arrow (drawn by CSS, so that the header's text stays its name)
 * shows the current order; screen readers hear it from `aria-sort`.
 */
function SortButton({ header, sort }: { header: string; sort: NonNullable<DataTableColumn<unknown>['sort']> }) {
  return (
    <button type="button" className="sort-button" onClick={sort.onSort}>
      {header}
      <span aria-hidden="true" className="sort-button__arrow" data-direction={sort.direction ?? 'none'} />
    </button>
  );
}

/** "Select all on this page": checked when all rows are, mixed when some are. */
function PageCheckbox<Row>({ rowKeys, selection }: { rowKeys: string[]; selection: DataTableSelection<Row> }) {
  const { t } = useTranslation();
  const box = useRef<HTMLInputElement>(null);
  const picked = rowKeys.filter((key) => selection.selected.has(key)).length;
  const all = rowKeys.length > 0 && picked === rowKeys.length;
  useEffect(() => {
    if (box.current) box.current.indeterminate = picked > 0 && !all;
  }, [picked, all]);
  return (
    <input
      ref={box}
      type="checkbox"
      aria-label={t('dataTable.selectPage')}
      checked={all}
      disabled={rowKeys.length === 0}
      onChange={(event) => selection.onChange(toggled(selection.selected, rowKeys, event.target.checked))}
    />
  );
}

function toggled(selected: ReadonlySet<string>, keys: readonly string[], on: boolean): ReadonlySet<string> {
  const next = new Set(selected);
  for (const key of keys) {
    if (on) next.add(key);
    else next.delete(key);
  }
  return next;
}
