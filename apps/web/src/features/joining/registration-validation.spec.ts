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
