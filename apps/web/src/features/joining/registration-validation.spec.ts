import { describe, expect, it } from 'vitest';
import { testT } from '../../test-support/i18n';
import { validateRegistration } from './registration-validation';
import type { PasswordVerdict } from './use-password-check';

describe('validateRegistration', () => {
  const t = testT('en');
  const weak: PasswordVerdict = { acceptable: false, problems: ['too_short', 'easy_to_guess'], score: 1 };
  const good: PasswordVerdict = { acceptable: true, problems: [], score: 4 };

  it('wants a display name and a password', () => {
    expect(validateRegistration({ name: '  ', password: '' }, undefined, t)).toEqual({
      name: 'Enter your display name.',
      password: 'Choose a password.',
    });
  });

  it("names the policy's first reason for a password it refuses", () => {
    expect(validateRegistration({ name: 'Anna', password: 'short' }, weak, t)).toEqual({
      password: 'Use at least 15 characters.',
    });
    expect(validateRegistration({ name: 'Anna', password: 'violet tractor banana orbit' }, good, t)).toEqual({});
  });

  it('leaves the password to the API while the policy is still loading', () => {
    expect(validateRegistration({ name: 'Anna', password: 'anything' }, undefined, t)).toEqual({});
  });

  it('refuses a name longer than the API takes', () => {
    expect(validateRegistration({ name: 'x'.repeat(101), password: '' }, undefined, t).name).toBe(
      testT('en')('validation.maxLength', { max: 100 }),
    );
  });
});

describe('validateRegistration: the display name is plain text', () => {
  const noPassword = { password: '' };

  it.each(['J. R. Smith', "Anne-Marie O'Neil", 'Jürgen Müller', 'Dr. Smith'])('accepts %s', (name) => {
    expect(validateRegistration({ name, ...noPassword }, undefined, testT('en')).name).toBeUndefined();
  });

  it.each([
    ['<b>Anna</b>', 'Remove < and >: this is shown as plain text.'],
    ['Anna https://evil.example', 'Remove the web address or link'],
    ['evil.example', 'Remove the web address (like example.com)'],
    ['Dr.Smith', 'put a space after the dot'],
    ['anna@example', 'without an @'],
    ['Anna\u202Enaed', 'writing direction'],
    ['Anna\tBerg', 'control character'],
  ])('refuses %j with a reason', (name, reason) => {
    expect(validateRegistration({ name, ...noPassword }, undefined, testT('en')).name).toContain(reason);
  });

  it('says it in German', () => {
    expect(validateRegistration({ name: 'www.evil.example', ...noPassword }, undefined, testT('de')).name).toBe(
      testT('de')('validation.plainText.link'),
    );
    expect(testT('de')('validation.plainText.link')).toMatch(/^Entfernen Sie die Webadresse/);
  });
});
