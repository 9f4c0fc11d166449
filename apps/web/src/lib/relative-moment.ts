import type { TFunction } from 'i18next';
import { formatTime } from './format';

const DAY_MS = 24 * 60 * 60 * 1000;

/** Whole calendar days from `now` to `moment` in the local time zone (DST days count as one). */
function calendarDaysBetween(now: Date, moment: Date): number {
  const start = new Date(now.getFullYear(), now.getMonth(), now.getDate());
  const end = new Date(moment.getFullYear(), moment.getMonth(), moment.getDate());
  return Math.round((end.getTime() - start.getTime()) / DAY_MS);
}

/**
 * A moment relative to now, in the local time zone: "today at 1:23 PM" ("heute um 13:23"),
 * "tomorrow at 1:23 PM" ("morgen um 13:23"), else "on Dec 3 at 1:23 PM" ("am 3. Dez. um 13:23"),
 * with the year only when it is not this one. Fits after "frees up" / "wird … frei".
 */
export function formatMomentFromNow(
  moment: Date | string,
  language: string,
  t: TFunction,
  now: Date = new Date(),
): string {
  const at = new Date(moment);
  const time = formatTime(at, language);
  const days = calendarDaysBetween(now, at);
  if (days === 0) return t('moment.todayAt', { time });
  if (days === 1) return t('moment.tomorrowAt', { time });
  const date = new Intl.DateTimeFormat(language, {
    year: at.getFullYear() === now.getFullYear() ? undefined : 'numeric',
    month: 'short',
    day: 'numeric',
  }).format(at);
  return t('moment.onDateAt', { date, time });
}
