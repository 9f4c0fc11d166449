import { describe, expect, it } from 'vitest';
import { formatDate, formatEuroCents, formatShortDateTime, formatTime, formatWait } from './format';

describe('formatDate', () => {
  it('formats a calendar date per language without shifting the day', () => {
    expect(formatDate('2026-10-01', 'en')).toBe('Oct 1, 2026');
    expect(formatDate('2026-10-01', 'de')).toBe('01.10.2026');
  });
});

describe('formatEuroCents', () => {
  it('formats euro cents per language', () => {
    expect(formatEuroCents(173_250, 'en')).toBe('€1,732.50');
    expect(formatEuroCents(173_250, 'de')).toBe('1.732,50\u00a0€');
  });
});

describe('formatWait', () => {
  it('says seconds for short waits and rounds longer ones up to minutes', () => {
    expect(formatWait(45, 'en')).toBe('45 seconds');
    expect(formatWait(1, 'en')).toBe('1 second');
    expect(formatWait(601, 'en')).toBe('11 minutes');
    expect(formatWait(900, 'de')).toBe('15 Minuten');
  });
});

/** ICU puts a narrow no-break space before AM/PM in some versions and a plain one in others. */
const spaced = (text: string) => text.replace(/\s/g, ' ');

describe('formatTime', () => {
  it('gives the local time of day per language', () => {
    const moment = new Date(2026, 10, 25, 14, 5);
    expect(spaced(formatTime(moment, 'en'))).toBe('2:05 PM');
    expect(formatTime(moment, 'de')).toBe('14:05');
  });
});

describe('formatShortDateTime', () => {
  const now = new Date(2026, 10, 25, 9, 0);
  it('leaves out the year of this year', () => {
    const moment = new Date(2026, 10, 25, 8, 48).toISOString();
    expect(spaced(formatShortDateTime(moment, 'en', now))).toBe('Nov 25, 8:48 AM');
    expect(formatShortDateTime(moment, 'de', now)).toBe('25. Nov., 08:48');
  });

  it('names another year', () => {
    const moment = new Date(2027, 0, 2, 8, 48).toISOString();
    expect(spaced(formatShortDateTime(moment, 'en', now))).toBe('Jan 2, 2027, 8:48 AM');
  });
});
