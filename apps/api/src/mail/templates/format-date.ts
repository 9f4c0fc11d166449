import type { Language } from '@cloudhub/permissions';

/** A moment as people read it in e-mails: "25 November 2026 at 09:15 UTC" / "25. November 2026 um 09:15 UTC". */
export function formatMailDate(iso: string, language: Language): string {
  const formatted = new Intl.DateTimeFormat(language === 'de' ? 'de-DE' : 'en-GB', {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: 'UTC',
  }).format(new Date(iso));
  return `${formatted} UTC`;
}
