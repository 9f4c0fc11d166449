import { describe, expect, it } from 'vitest';
import { formatDate, formatEuroCents, formatWait } from './format';

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
