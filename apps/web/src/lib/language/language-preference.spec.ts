import { describe, expect, it } from 'vitest';
import { pickLanguage } from './language-preference';

describe('pickLanguage', () => {
  it('prefers the language chosen before in this browser', () => {
    expect(pickLanguage('de', ['en-US'])).toBe('de');
  });

  it('falls back to the first browser language it knows', () => {
    expect(pickLanguage(null, ['fr-FR', 'de-AT', 'en'])).toBe('de');
    expect(pickLanguage('xx', ['EN-gb'])).toBe('en');
  });

  it('uses English when nothing matches', () => {
    expect(pickLanguage(null, ['fr', 'it'])).toBe('en');
  });
});
