import { describe, expect, it } from 'vitest';
import { testT } from '../test-support/i18n';
import { formatMomentFromNow } from './relative-moment';

/** ICU puts a narrow no-break space before AM/PM in some versions and a plain one in others. */
const spaced = (text: string) => text.replace(/\s/g, ' ');

describe('formatMomentFromNow', () => {
  const en = testT('en');
  const de = testT('de');
  const now = new Date(2026, 11, 1, 21, 30);

  it('says "today at" for a moment later today', () => {
    const moment = new Date(2026, 11, 1, 23, 5);
    expect(spaced(formatMomentFromNow(moment, 'en', en, now))).toBe('today at 11:05 PM');
    expect(formatMomentFromNow(moment, 'de', de, now)).toBe('heute um 23:05');
  });

  it('says "tomorrow at" for a moment after midnight, even within 24 hours', () => {
    const moment = new Date(2026, 11, 2, 13, 23).toISOString();
    expect(spaced(formatMomentFromNow(moment, 'en', en, now))).toBe('tomorrow at 1:23 PM');
    expect(formatMomentFromNow(moment, 'de', de, now)).toBe('morgen um 13:23');
  });

  it('names the date when further', () => {
    const moment = new Date(2026, 11, 3, 13, 23);
    expect(spaced(formatMomentFromNow(moment, 'en', en, now))).toBe('on Dec 3 at 1:23 PM');
    expect(formatMomentFromNow(moment, 'de', de, now)).toBe('am 3. Dez. um 13:23');
  });

  it('names the year of another year', () => {
    const moment = new Date(2027, 0, 2, 8, 5);
    expect(spaced(formatMomentFromNow(moment, 'en', en, now))).toBe('on Jan 2, 2027 at 8:05 AM');
    expect(formatMomentFromNow(moment, 'de', de, now)).toBe('am 2. Jan. 2027 um 08:05');
  });
});
