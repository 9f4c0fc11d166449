import { describe, expect, it } from 'vitest';
import { testT } from '../../test-support/i18n';
import { validateLogin } from './login-validation';

describe('validateLogin', () => {
  const t = testT('en');

  it('asks for both fields', () => {
    expect(validateLogin({ email: ' ', password: '' }, t)).toEqual({
      email: 'Enter your e-mail address.',
      password: 'Enter your password.',
    });
  });

  it('catches an address without a domain', () => {
    expect(validateLogin({ email: 'admin@', password: 'x' }, t)).toEqual({
      email: 'Enter an e-mail address like name@company.com.',
    });
  });

  it('accepts a plausible login', () => {
    expect(validateLogin({ email: 'admin@example.com', password: ' spaces count ' }, t)).toEqual({});
  });
});
