import { Readable } from 'node:stream';

/**
 * CSV exports (RFC 4180) that open safely in a spreadsheet. Every cell is quoted, and a cell that a
 * spreadsheet would read as a formula (=, +, -, @, tab, carriage return first) gets a leading apostrophe:
 * OWASP's advice against CSV injection, since names and e-mail addresses come from outsiders.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/** Excel reads UTF-8 (umlauts in names) only with a byte order mark. */
export const CSV_BOM = '\uFEFF';

export const CSV_MEDIA_TYPE = 'text/csv; charset=utf-8';

export type CsvCell = string | number | boolean | Date | null | undefined;

function csvCell(value: CsvCell): string {
  if (value === null || value === undefined) return '""';
  const text = value instanceof Date ? value.toISOString() : String(value);
  const safe = FORMULA_START.test(text) ? `'${text}` : text;
  return `"${safe.replace(/"/g, '""')}"`;
}

/** One record, with its CRLF line end. */
export function csvLine(cells: readonly CsvCell[]): string {
  return `${cells.map(csvCell).join(',')}\r\n`;
}

/** `Content-Disposition` for a download named after the customer and the day, e.g. `members-10001-2026-12-01.csv`. */
export function csvAttachment(kind: string, customerNumber: string, day: Date = new Date()): string {
  const safeNumber = customerNumber.replace(/[^0-9A-Za-z-]/g, '');
  return `attachment; filename="${kind}-${safeNumber}-${day.toISOString().slice(0, 10)}.csv"`;
}

/** Rows an export reads per query: 100 000 rows never sit in memory at once. */
const EXPORT_PAGE_SIZE = 1000;

/**
 * Every row of a keyset-paged list as a CSV stream: the header, then one chunk per page, each page read after
 * the last row of the one before.
 */
export function keysetCsv<Row, Key>(export_: {
  header: readonly string[];
  page: (after: Key | undefined, limit: number) => Promise<readonly Row[]>;
  keyOf: (row: Row) => Key;
  cellsOf: (row: Row) => readonly CsvCell[];
}): Readable {
  async function* lines(): AsyncGenerator<string> {
    yield CSV_BOM + csvLine(export_.header);
    let after: Key | undefined;
    do {
      const rows = await export_.page(after, EXPORT_PAGE_SIZE);
      if (rows.length > 0) yield rows.map((row) => csvLine(export_.cellsOf(row))).join('');
      const last = rows.at(-1);
      after = rows.length === EXPORT_PAGE_SIZE && last ? export_.keyOf(last) : undefined;
    } while (after !== undefined);
  }
  return Readable.from(lines());
}
