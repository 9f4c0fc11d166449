const UNITS: readonly { unit: Intl.RelativeTimeFormatUnit; seconds: number; below: number }[] = [
  { unit: 'second', seconds: 1, below: 45 },
  { unit: 'minute', seconds: 60, below: 45 * 60 },
  { unit: 'hour', seconds: 3_600, below: 22 * 3_600 },
  { unit: 'day', seconds: 86_400, below: 26 * 86_400 },
  { unit: 'month', seconds: 30 * 86_400, below: 320 * 86_400 },
  { unit: 'year', seconds: 365 * 86_400, below: Number.POSITIVE_INFINITY },
];

/** "now", "5 minutes ago", "yesterday" ("jetzt", "vor 5 Minuten", "gestern"): how long ago, in the UI language. */
export function formatRelativeTime(isoDateTime: string, language: string, now = new Date()): string {
  const format = new Intl.RelativeTimeFormat(language, { numeric: 'auto' });
  const seconds = (new Date(isoDateTime).getTime() - now.getTime()) / 1000;
  const { unit, seconds: size } = UNITS.find(({ below }) => Math.abs(seconds) < below) ?? UNITS[UNITS.length - 1];
  // Within the first unit everything is "now"; a moment a few seconds ahead (clock skew) too.
  if (unit === 'second') return format.format(0, 'second');
  return format.format(Math.round(seconds / size), unit);
}
