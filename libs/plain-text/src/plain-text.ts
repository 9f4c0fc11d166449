/**
 * Plain text that other people read in their mailbox: display names and access-request messages. Nothing
 * typed here may become a link, markup or reordered text in someone else's e-mail, so the API refuses it on
 * input (a field error with the code `noLinksOrMarkup`) and the SPA says why before sending. The e-mails
 * additionally neutralise whatever older data still holds (`neutraliseForMail`).
 */

/** What a value may be: a display name (one line, no `@`) or a message (lines, `@` allowed). */
export type PlainTextKind = 'name' | 'message';

/** Why a value is refused, first match wins; the SPA translates each one. */
export type PlainTextProblem = 'control' | 'bidi' | 'markup' | 'link' | 'hostName' | 'at';

/** The field error's stable code, for every problem. */
export const PLAIN_TEXT_CODE = 'noLinksOrMarkup';

/** The API's English field messages. */
export const PLAIN_TEXT_MESSAGES: Readonly<Record<PlainTextProblem, string>> = {
  control: 'must not contain control characters such as tabs or line breaks',
  bidi: 'must not contain characters that reverse the writing direction',
  markup: 'must not contain < or >: it is shown as plain text',
  link: 'must not contain a web address or link (http://, www., javascript: ...)',
  hostName:
    'must not contain a web address such as example.com; after an abbreviation, put a space after the dot (Dr. Smith)',
  at: 'must not contain @: enter your name, not an e-mail address',
};

// C0 and C1 controls, DEL, and the Unicode line and paragraph separators: finding them is the point.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001F\u007F-\u009F\u2028\u2029]/;
// The same without line feed, carriage return and tab, which a message may contain.
// eslint-disable-next-line no-control-regex
const CONTROL_IN_MESSAGE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u2028\u2029]/;
// Embedding, override and isolate characters: they make `moc.live` read as `evil.com`.
const BIDI = /[\u202A-\u202E\u2066-\u2069]/;
const MARKUP = /[<>]/;
// `scheme://`, `www.` and the schemes that run or embed something without `//`.
const LINK = /:\/\/|\bwww\.|\b(?:javascript|vbscript|data|file|blob|mailto|tel|sms|https?|ftp)\s*:(?=\S)/i;
// Full stops that mail clients and IDNA read as dots between host labels.
const DOT = '[.\\uFF0E\\u3002\\uFF61]';
/**
 * A host name: a dot between a letter or digit and a final label of 2+ letters (`evil.example`,
 * `evil.com/x`, `müller.de`, `evil.xn--p1ai`). `J. R. Smith`, `e.g.`, `z.B.` and `v1.2` are not; `Dr.Smith`
 * is (nothing tells it from a host name), hence the hint to put a space after the dot.
 */
const HOST_NAME = new RegExp(`[\\p{L}\\p{N}_-]${DOT}(?:\\p{L}{2}|xn--)`, 'u');

/** The first reason `value` is not plain text of this kind, or undefined when it is. */
export function plainTextProblem(value: string, kind: PlainTextKind): PlainTextProblem | undefined {
  if ((kind === 'name' ? CONTROL : CONTROL_IN_MESSAGE).test(value)) return 'control';
  if (BIDI.test(value)) return 'bidi';
  // Compatibility forms (full-width letters, dots, colons, slashes) are checked as what they look like.
  const folded = value.normalize('NFKC');
  if (MARKUP.test(value)) return 'markup';
  if (LINK.test(folded)) return 'link';
  if (HOST_NAME.test(folded)) return 'hostName';
  if (kind === 'name' && folded.includes('@')) return 'at';
  return undefined;
}

export function isPlainText(value: string, kind: PlainTextKind): boolean {
  return plainTextProblem(value, kind) === undefined;
}

const CONTROL_ALL = new RegExp(CONTROL.source, 'g');
const BIDI_ALL = new RegExp(BIDI.source, 'g');
const HOST_DOT_ALL = new RegExp(`([\\p{L}\\p{N}_-])(${DOT})(?=\\p{L}{2}|xn--)`, 'gu');
const SCHEME_ALL = /\b(javascript|vbscript|data|file|blob|mailto|tel|sms|https?|ftp)\s*:(?=\S)/gi;

/**
 * Text from older data (stored before the input rule existed) made safe to show in an e-mail, in both
 * parts: bidi controls go, other controls become spaces (line breaks stay where `keepLines`), and what a
 * mail client would turn into a link is defanged the way security advisories do it: `evil[.]example`,
 * `https[:]//...`. Visible brackets rather than an invisible zero-width character: a reader sees at once
 * that the text was altered and why, and a copy shows the same brackets instead of a hidden character
 * that silently breaks or, worse, still resolves. Text that passes `plainTextProblem` comes out unchanged
 * (but for a message's tabs, which become spaces).
 */
export function neutraliseForMail(value: string, { keepLines = false }: { keepLines?: boolean } = {}): string {
  const lines = keepLines ? value.replace(/\r\n?/g, '\n').split('\n') : [value];
  return lines
    .map((line) =>
      line
        .replace(BIDI_ALL, '')
        .replace(CONTROL_ALL, ' ')
        .replace(SCHEME_ALL, '$1[:]')
        .replace(/:\/\//g, '[:]//')
        .replace(HOST_DOT_ALL, '$1[$2]'),
    )
    .join('\n');
}
