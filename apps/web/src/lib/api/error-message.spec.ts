import { describe, expect, it } from 'vitest';
import { testT } from '../../test-support/i18n';
import { ApiError } from './api-error';
import { errorMessage, formErrorsFrom } from './error-message';

const problem = (status: number, code: string, extra: Record<string, unknown> = {}) => ({
  type: 't',
  title: 'Title',
  status,
  detail: `detail of ${code}`,
  code,
  ...extra,
});

const apiError = (status: number, code: string, extra: Record<string, unknown> = {}, retryAfter?: number) =>
  new ApiError(status, problem(status, code, extra), retryAfter);

describe('errorMessage', () => {
  const en = testT('en');
  const de = testT('de');

  it('translates known problem codes', () => {
    expect(errorMessage(apiError(401, 'invalid_credentials'), en, 'en')).toBe(
      'The e-mail address or the password is not correct.',
    );
    expect(errorMessage(apiError(401, 'invalid_credentials'), de, 'de')).toBe(
      'Die E-Mail-Adresse oder das Passwort ist nicht korrekt.',
    );
  });

  it('says how long to wait when login is throttled', () => {
    expect(errorMessage(apiError(429, 'login_throttled', {}, 840), en, 'en')).toBe(
      'Too many failed logins. Try again in 14 minutes.',
    );
    expect(errorMessage(apiError(429, 'login_throttled', {}, 30), de, 'de')).toBe(
      'Zu viele fehlgeschlagene Anmeldungen. Versuchen Sie es in 30 Sekunden erneut.',
    );
    expect(errorMessage(apiError(429, 'login_throttled'), en, 'en')).toBe(
      'Too many failed logins. Wait a few minutes, then try again.',
    );
  });

  it("falls back to the server's detail for codes it does not know", () => {
    expect(errorMessage(apiError(409, 'something_new'), en, 'en')).toBe('detail of something_new');
  });

  it('blames the connection when no answer came', () => {
    expect(errorMessage(new TypeError('Failed to fetch'), en, 'en')).toBe(
      'The server could not be reached. Check your connection and try again.',
    );
  });
});

describe('formErrorsFrom', () => {
  const en = testT('en');
  const fields = ['email', 'password'] as const;

  it('puts each field error beside its field, translated when the message is known', () => {
    const error = apiError(400, 'validation_failed', {
      errors: [
        { field: 'email', message: 'must be an e-mail address' },
        { field: 'password', message: 'must not be empty' },
        { field: 'password', message: 'must be at most 1024 characters' },
      ],
    });
    expect(formErrorsFrom(error, fields, en, 'en')).toEqual({
      fields: { email: 'Enter a valid e-mail address.', password: 'This field must not be empty.' },
      general: undefined,
    });
  });

  it('shows an unknown field message as the server wrote it', () => {
    const error = apiError(400, 'validation_failed', { errors: [{ field: 'email', message: 'is on a block list' }] });
    expect(formErrorsFrom(error, fields, en, 'en').fields).toEqual({ email: 'is on a block list' });
  });

  it('puts errors about other fields, or without fields, above the form', () => {
    const stray = apiError(400, 'validation_failed', { errors: [{ field: 'foo', message: 'is not a known field' }] });
    expect(formErrorsFrom(stray, fields, en, 'en')).toEqual({
      fields: {},
      general: 'Check what you entered and try again.',
    });
    expect(formErrorsFrom(apiError(401, 'invalid_credentials'), fields, en, 'en')).toEqual({
      fields: {},
      general: 'The e-mail address or the password is not correct.',
    });
  });
});
