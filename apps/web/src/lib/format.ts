/** Calendar dates (`2026-10-28`) carry no time zone, so they are formatted as UTC to stay on their day. */
export function formatDate(isoDate: string, language: string): string {
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(isoDate));
}

export function formatDateTime(isoDateTime: string, language: string): string {
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(isoDateTime));
}

export function formatEuroCents(cents: number, language: string): string {
  return new Intl.NumberFormat(language, { style: 'currency', currency: 'EUR' }).format(cents / 100);
}

/** A wait such as "45 seconds" or "15 minutes", rounded up so that the user never retries too early. */
export function formatWait(seconds: number, language: string): string {
  const [value, unit] =
    seconds < 90 ? [Math.max(1, Math.ceil(seconds)), 'second'] : [Math.ceil(seconds / 60), 'minute'];
  return new Intl.NumberFormat(language, { style: 'unit', unit, unitDisplay: 'long' }).format(value);
}
