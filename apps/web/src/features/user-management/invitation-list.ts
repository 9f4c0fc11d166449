import { LANGUAGES, type Language } from '@cloudhub/permissions';
import { BATCH_ROWS_MAX } from '@cloudhub/validation-limits';

/** One address to invite, as pasted or read from a CSV row. */
export interface ListedInvitation {
  email: string;
  /** Role names from the CSV's `roles` column (the API resolves them, case-insensitive). */
  roleNames: string[];
  /** From the CSV's `language` column; none: the dialog's choice. */
  language?: Language;
}

/** Why a CSV cannot be read; `line` counts from 1, the header included. */
export type CsvProblem =
  | { code: 'empty' }
  | { code: 'noEmailColumn' }
  | { code: 'unknownColumn'; column: string }
  | { code: 'unclosedQuote'; line: number }
  | { code: 'extraFields'; line: number }
  | { code: 'unknownLanguage'; line: number; value: string }
  | { code: 'tooManyRows'; max: number };

export type CsvParse = { ok: true; rows: ListedInvitation[] } | { ok: false; problem: CsvProblem };

const COLUMNS = ['email', 'roles', 'language'] as const;
type Column = (typeof COLUMNS)[number];
const isColumn = (name: string): name is Column => (COLUMNS as readonly string[]).includes(name);
const isLanguage = (value: string): value is Language => (LANGUAGES as readonly string[]).includes(value);

/**
 * Pasted addresses: one a line, or separated by commas or semicolons. Each is sent as typed (trimmed); the
 * API says why one is not an address.
 */
export function splitAddresses(text: string): string[] {
  return text
    .split(/[\n\r,;]+/)
    .map((part) => part.trim())
    .filter((part) => part !== '');
}

/** Splits CSV text into records of fields (RFC 4180: quoted fields with `""`, commas and line breaks). */
function csvRecords(text: string): { records: { line: number; fields: string[] }[] } | { unclosedAt: number } {
  const records: { line: number; fields: string[] }[] = [];
  let fields: string[] = [];
  let field = '';
  let quoted = false;
  let line = 1;
  let recordLine = 1;
  let quoteLine = 1;
  const endRecord = () => {
    fields.push(field);
    records.push({ line: recordLine, fields });
    fields = [];
    field = '';
  };
  for (let index = 0; index < text.length; index++) {
    const char = text[index];
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') {
        field += '"';
        index++;
      } else if (char === '"') quoted = false;
      else {
        if (char === '\n') line++;
        field += char;
      }
    } else if (char === '"' && field.trim() === '') {
      quoted = true;
      quoteLine = line;
      field = '';
    } else if (char === ',') {
      fields.push(field);
      field = '';
    } else if (char === '\r' || char === '\n') {
      if (char === '\r' && text[index + 1] === '\n') index++;
      endRecord();
      line++;
      recordLine = line;
    } else field += char;
  }
  if (quoted) return { unclosedAt: quoteLine };
  if (field !== '' || fields.length > 0) endRecord();
  return { records };
}

/**
 * A CSV of invitations: a header row naming `email` and optionally `roles` (names separated by `;` or `|`)
 * and `language` (`en`, `de`, or empty for the dialog's choice), in any order. A byte order mark and empty lines
 * are ignored.
 */
export function parseInvitationCsv(text: string): CsvParse {
  const parsed = csvRecords(text.replace(/^\uFEFF/, ''));
  if ('unclosedAt' in parsed) return { ok: false, problem: { code: 'unclosedQuote', line: parsed.unclosedAt } };
  const records = parsed.records.filter(({ fields }) => fields.some((field) => field.trim() !== ''));
  const [header, ...body] = records;
  if (!header) return { ok: false, problem: { code: 'empty' } };
  const names = header.fields.map((field) => field.trim().toLowerCase());
  const unknown = names.find((name) => !isColumn(name));
  if (unknown !== undefined) return { ok: false, problem: { code: 'unknownColumn', column: unknown } };
  const at = (column: Column) => names.indexOf(column);
  if (at('email') < 0) return { ok: false, problem: { code: 'noEmailColumn' } };
  if (body.length === 0) return { ok: false, problem: { code: 'empty' } };
  if (body.length > BATCH_ROWS_MAX) return { ok: false, problem: { code: 'tooManyRows', max: BATCH_ROWS_MAX } };
  const rows: ListedInvitation[] = [];
  for (const { line, fields } of body) {
    if (fields.length > names.length) return { ok: false, problem: { code: 'extraFields', line } };
    const value = (column: Column) => (at(column) < 0 ? '' : (fields[at(column)] ?? '').trim());
    const language = value('language').toLowerCase();
    if (language !== '' && !isLanguage(language)) {
      return { ok: false, problem: { code: 'unknownLanguage', line, value: value('language') } };
    }
    const roleNames = value('roles')
      .split(/[;|]/)
      .map((name) => name.trim())
      .filter((name) => name !== '');
    rows.push({ email: value('email'), roleNames, ...(language ? { language } : {}) });
  }
  return { ok: true, rows };
}
