import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { classNames } from './class-names';

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
}: DataTableProps<Row>) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <table className={classNames('data-table', dense && 'data-table--dense')}>
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          {columns.map((column) => (
            <th key={column.header} scope="col" className={column.numeric ? 'numeric' : undefined}>
              {column.header}
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
          return (
            <tr key={rowKey(row)} className={rowClassName?.(row)}>
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
