import type { Language } from '@cloudhub/permissions';
import { neutraliseForMail } from '@cloudhub/plain-text';
import { escapeHtml } from './escape-html';

/** Plain building blocks of every e-mail; text goes in unescaped and is escaped here, once. */
export type Block =
  | { readonly kind: 'paragraph'; readonly text: string }
  /** Text someone else typed (an access request's message): set apart as a quote in both parts, never run on. */
  | { readonly kind: 'quote'; readonly label: string; readonly text: string }
  | { readonly kind: 'facts'; readonly rows: readonly (readonly [label: string, value: string])[] }
  | { readonly kind: 'button'; readonly label: string; readonly href: string }
  | { readonly kind: 'small'; readonly text: string };

/** One e-mail's words in one language, from its variables. */
export type MailCopy<V> = (variables: V) => Omit<MailContent, 'language'> & { subject: string };

export interface MailContent {
  readonly language: Language;
  readonly preheader: string;
  readonly heading: string;
  readonly blocks: readonly Block[];
  readonly footer: string;
}

const QUOTES: Readonly<Record<Language, readonly [open: string, close: string]>> = {
  en: ['“', '”'],
  de: ['„', '“'],
};

/**
 * A value someone else typed (a member's or inviter's display name) as it appears in an e-mail's words:
 * in the language's quotation marks, so it reads as a name and not as part of our sentence, and
 * neutralised (`plain`). The input rule already refuses links and markup; this covers older data.
 */
export function quoted(value: string, language: Language): string {
  const [open, close] = QUOTES[language];
  return `${open}${plain(value)}${close}`;
}

/**
 * A typed value without quotation marks (the recipient's own name, a role name, a subject line): one line,
 * no bidi or control characters, and anything a mail client would autolink defanged (`evil[.]example`).
 */
export function plain(value: string): string {
  return neutraliseForMail(value).replace(/\s+/g, ' ').trim();
}

const FONT = "font-family:-apple-system,'Segoe UI',Roboto,Helvetica,Arial,sans-serif";

export function renderHtml(content: MailContent): string {
  const body = content.blocks.map(blockHtml).join('\n');
  return `<!doctype html>
<html lang="${content.language}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(content.heading)}</title></head>
<body style="margin:0;padding:0;background:#f3f5f8;${FONT}">
<span style="display:none;max-height:0;overflow:hidden">${escapeHtml(content.preheader)}</span>
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:#f3f5f8;padding:24px 12px">
<tr><td align="center">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="max-width:560px;background:#ffffff;border-radius:8px;border:1px solid #dde3ea">
<tr><td style="padding:20px 28px;border-bottom:1px solid #dde3ea;${FONT};font-size:18px;font-weight:700;color:#0b4f8a">CloudHub</td></tr>
<tr><td style="padding:28px;${FONT};font-size:15px;line-height:1.55;color:#1d2733">
<h1 style="margin:0 0 16px;font-size:21px;line-height:1.3;color:#1d2733">${escapeHtml(content.heading)}</h1>
${body}
</td></tr>
<tr><td style="padding:16px 28px;border-top:1px solid #dde3ea;${FONT};font-size:12px;line-height:1.5;color:#5b6775">${escapeHtml(content.footer)}</td></tr>
</table>
</td></tr>
</table>
</body>
</html>
`;
}

function blockHtml(block: Block): string {
  switch (block.kind) {
    case 'paragraph':
      return `<p style="margin:0 0 16px">${escapeHtml(block.text)}</p>`;
    case 'small':
      return `<p style="margin:0 0 12px;font-size:13px;color:#5b6775">${escapeHtml(block.text)}</p>`;
    case 'quote':
      return `<p style="margin:0 0 6px;font-size:13px;color:#5b6775">${escapeHtml(block.label)}</p>
<blockquote style="margin:0 0 20px;padding:10px 14px;border-left:3px solid #9aa8b8;background:#f6f8fa;font-size:14px;white-space:pre-wrap">${escapeHtml(quoteText(block.text))}</blockquote>`;
    case 'facts':
      return `<table role="presentation" cellpadding="0" cellspacing="0" style="margin:0 0 20px;font-size:14px">${block.rows
        .map(
          ([label, value]) =>
            `<tr><td style="padding:3px 16px 3px 0;color:#5b6775;vertical-align:top">${escapeHtml(label)}</td><td style="padding:3px 0;font-weight:600">${escapeHtml(value)}</td></tr>`,
        )
        .join('')}</table>`;
    case 'button':
      return `<p style="margin:24px 0"><a href="${escapeHtml(block.href)}" style="display:inline-block;background:#0b5cad;color:#ffffff;text-decoration:none;font-weight:600;padding:12px 22px;border-radius:6px">${escapeHtml(block.label)}</a></p>
<p style="margin:0 0 16px;font-size:13px;color:#5b6775;word-break:break-all">${escapeHtml(block.href)}</p>`;
  }
}

/** A quote's text: its lines kept, everything else as `plain`, and never empty. */
function quoteText(text: string): string {
  const lines = neutraliseForMail(text, { keepLines: true })
    .split('\n')
    .map((line) => line.trimEnd());
  return lines.join('\n').trim() || '-';
}

export function renderText(content: MailContent): string {
  const lines = [content.heading, ''];
  for (const block of content.blocks) {
    switch (block.kind) {
      case 'paragraph':
      case 'small':
        lines.push(block.text, '');
        break;
      case 'facts':
        lines.push(...block.rows.map(([label, value]) => `${label}: ${value}`), '');
        break;
      case 'button':
        lines.push(`${block.label}:`, block.href, '');
        break;
      case 'quote':
        lines.push(
          `${block.label}:`,
          ...quoteText(block.text)
            .split('\n')
            .map((line) => `> ${line}`),
          '',
        );
        break;
    }
  }
  lines.push('--', content.footer, '');
  return lines.join('\n');
}

export function renderMailContent(
  copy: Omit<MailContent, 'language'> & { subject: string },
  language: MailContent['language'],
) {
  const { subject, ...content } = copy;
  const full = { ...content, language };
  return { subject, html: renderHtml(full), text: renderText(full) };
}
