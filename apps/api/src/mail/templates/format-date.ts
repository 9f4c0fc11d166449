import type { Language } from '@cloudhub/permissions';

/**
 * A moment as people read it in e-mails, with its time zone named: German e-mails in German time
 * ("26. November 2026 um 10:15 MEZ"), English ones in UTC ("26 November 2026 at 09:15 UTC"), since the
 * recipient's own zone is not known.
 */
export function formatMailDate(iso: string, language: Language): string {
  const { locale, timeZone } = ZONES[language];
  const parts = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short', timeZone }).format(
    new Date(iso),
  );
  const zoneName = new Intl.DateTimeFormat(locale, { timeZone, timeZoneName: 'short' })
    .formatToParts(new Date(iso))
    .find((part) => part.type === 'timeZoneName')?.value;
  return `${parts} ${zoneName ?? timeZone}`;
}

const ZONES: Readonly<Record<Language, { locale: string; timeZone: string }>> = {
  en: { locale: 'en-GB', timeZone: 'UTC' },
  de: { locale: 'de-DE', timeZone: 'Europe/Berlin' },
};
