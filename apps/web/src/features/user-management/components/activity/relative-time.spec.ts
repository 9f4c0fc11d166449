import { describe, expect, it } from 'vitest';
import { formatRelativeTime } from './relative-time';

const now = new Date('2026-12-01T12:00:00Z');
const ago = (seconds: number) => new Date(now.getTime() - seconds * 1000).toISOString();

describe('formatRelativeTime', () => {
  it('says how long ago, in the largest unit that fits', () => {
    expect(formatRelativeTime(ago(10), 'en', now)).toBe('now');
    expect(formatRelativeTime(ago(5 * 60), 'en', now)).toBe('5 minutes ago');
    expect(formatRelativeTime(ago(3 * 3_600), 'en', now)).toBe('3 hours ago');
    expect(formatRelativeTime(ago(86_400), 'en', now)).toBe('yesterday');
    expect(formatRelativeTime(ago(60 * 86_400), 'en', now)).toBe('2 months ago');
    expect(formatRelativeTime(ago(800 * 86_400), 'en', now)).toBe('2 years ago');
  });

  it('speaks German', () => {
    expect(formatRelativeTime(ago(5 * 60), 'de', now)).toBe('vor 5 Minuten');
    expect(formatRelativeTime(ago(2 * 86_400), 'de', now)).toBe('vorgestern');
  });

  it('treats a moment slightly ahead (another clock) as now', () => {
    expect(formatRelativeTime(new Date(now.getTime() + 3_000).toISOString(), 'en', now)).toBe('now');
  });
});
