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

/** A time of day such as "2:05 PM" or "14:05", in the browser's time zone. */
export function formatTime(moment: Date | string, language: string): string {
  return new Intl.DateTimeFormat(language, { timeStyle: 'short' }).format(new Date(moment));
}

/** A moment in a table cell, short: "Nov 25, 8:48 AM" ("25. Nov., 08:48"); the year only when it is not this one. */
export function formatShortDateTime(isoDateTime: string, language: string, now = new Date()): string {
  const moment = new Date(isoDateTime);
  const day = new Intl.DateTimeFormat(language, {
    year: moment.getFullYear() === now.getFullYear() ? undefined : 'numeric',
    month: 'short',
    day: 'numeric',
  }).format(moment);
  return `${day}, ${formatTime(moment, language)}`;
}
