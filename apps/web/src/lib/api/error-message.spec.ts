import { describe, expect, it } from 'vitest';
import { PLAIN_TEXT_MESSAGES } from '@cloudhub/plain-text';
import { testT } from '../../test-support/i18n';
import { ApiError, type ProblemCode } from './api-error';
import { errorMessage, formErrorsFrom } from './error-message';

// `code` is a string: one test sends a code newer than this page.
const problem = (status: number, code: string, extra: Record<string, unknown> = {}) => ({
  type: 't',
  title: 'Title',
  status,
  detail: `detail of ${code}`,
  code: code as ProblemCode,
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

  it('says that a foreign page may not sign in', () => {
    expect(errorMessage(apiError(403, 'origin_not_allowed'), de, 'de')).toMatch(/^Diese Seite darf Sie nicht/);
  });

  it("falls back to the server's detail for codes it does not know", () => {
    expect(errorMessage(apiError(409, 'something_new'), en, 'en')).toBe('detail of something_new');
  });

  it('translates the user management codes', () => {
    expect(errorMessage(apiError(409, 'last_admin'), en, 'en')).toBe(
      'This would leave the customer without an admin. Make someone else admin first.',
    );
    expect(errorMessage(apiError(409, 'last_admin'), de, 'de')).toBe(
      'Dann hätte der Kunde keinen Admin mehr. Machen Sie zuerst jemand anderen zum Admin.',
    );
    expect(errorMessage(apiError(409, 'already_member'), en, 'en')).toBe(
      'This person is already a member of this customer.',
    );
  });

  it('says when the next invitation frees up, in local time, naming tomorrow', () => {
    const today = new Date();
    const resetsAt = new Date(today.getFullYear(), today.getMonth(), today.getDate() + 1, 14, 5).toISOString();
    const error = apiError(429, 'invitation_quota_exceeded', { limit: 50, resetsAt }, 3600);
    expect(errorMessage(error, en, 'en').replace(/\s/g, ' ')).toBe(
      'You have sent 50 invitation e-mails in the last 24 hours, the most allowed. The next one frees up tomorrow at 2:05 PM.',
    );
    expect(errorMessage(error, de, 'de')).toBe(
      'Sie haben in den letzten 24 Stunden 50 Einladungs-E-Mails gesendet, das Höchstmaß. Die nächste wird morgen um 14:05 frei.',
    );
    expect(errorMessage(apiError(429, 'invitation_quota_exceeded'), en, 'en')).toBe(
      'You have sent the most invitation e-mails allowed in 24 hours. Try again later.',
    );
  });

  it('says when one address may be invited again', () => {
    expect(errorMessage(apiError(429, 'recipient_quota_exceeded'), en, 'en')).toMatch(/^This address has had the most/);
    expect(errorMessage(apiError(429, 'recipient_quota_exceeded', {}, 60), en, 'en')).toMatch(
      /Try again (today|tomorrow) at .+\.$/,
    );
  });

  it('translates the joining codes, with the wait of a throttled request', () => {
    expect(errorMessage(apiError(403, 'invitation_email_mismatch'), en, 'en')).toBe(
      'This invitation is for another e-mail address. Log out and continue with that address.',
    );
    expect(errorMessage(apiError(409, 'not_restricted'), de, 'de')).toMatch(
      /^Sie haben bei diesem Kunden bereits Rechte/,
    );
    expect(errorMessage(apiError(429, 'access_request_throttled', {}, 1800), en, 'en')).toBe(
      'You asked for access a short while ago and the admins have been e-mailed. You can ask again in 30 minutes.',
    );
    expect(errorMessage(apiError(429, 'renewal_already_requested'), en, 'en')).toMatch(
      /Please wait for their answer\.$/,
    );
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
        { field: 'email', message: 'must be an e-mail address', code: 'isEmail' },
        { field: 'password', message: 'must not be empty', code: 'isNotEmpty' },
        { field: 'password', message: 'must be at most 1024 characters', code: 'maxLength', params: { max: 1024 } },
      ],
    });
    expect(formErrorsFrom(error, fields, en, 'en')).toEqual({
      fields: { email: 'Enter a valid e-mail address.', password: 'This field must not be empty.' },
      general: undefined,
    });
  });

  it('translates field errors by their code', () => {
    const error = apiError(409, 'invitation_exists', {
      invitationId: 'abc',
      errors: [{ field: 'email', message: 'already has an open invitation; resend it instead', code: 'invited' }],
    });
    expect(formErrorsFrom(error, fields, en, 'en')).toEqual({
      fields: { email: 'This address already has an open invitation.' },
      general: undefined,
    });
    const plain = apiError(400, 'validation_failed', {
      errors: [
        { field: 'email', message: 'must be a single e-mail address such as name@example.com', code: 'isPlainEmail' },
      ],
    });
    expect(formErrorsFrom(plain, fields, testT('de'), 'de').fields.email).toBe(
      'Geben Sie eine E-Mail-Adresse wie name@firma.de ein, ohne Namen oder anderen Text drumherum.',
    );
    const tooLong = apiError(400, 'validation_failed', {
      errors: [{ field: 'password', message: 'must be at most 60 characters', code: 'maxLength', params: { max: 60 } }],
    });
    expect(formErrorsFrom(tooLong, fields, en, 'en').fields.password).toBe('Use 60 characters or fewer.');
    const link = apiError(400, 'validation_failed', {
      errors: [
        {
          field: 'email',
          message: PLAIN_TEXT_MESSAGES.hostName,
          code: 'noLinksOrMarkup',
          params: { reason: 'hostName' },
        },
      ],
    });
    expect(formErrorsFrom(link, fields, testT('de'), 'de').fields.email).toBe(
      testT('de')('validation.plainText.hostName'),
    );
    expect(formErrorsFrom(link, fields, en, 'en').fields.email).toMatch(
      /^Remove the web address \(like example\.com\)/,
    );
  });

  it('says limits and reasons from the field error’s params, not from its English message', () => {
    const rows = apiError(400, 'validation_failed', {
      errors: [
        { field: 'email', message: 'x', code: 'invalidEmail', params: { reason: 'noAt' } },
        { field: 'password', message: 'x', code: 'minLength', params: { min: 8 } },
      ],
    });
    expect(formErrorsFrom(rows, fields, testT('de'), 'de').fields).toEqual({
      email: 'Der Adresse fehlt das @.',
      password: 'Verwenden Sie mindestens 8 Zeichen.',
    });
    const duplicate = apiError(400, 'validation_failed', {
      errors: [{ field: 'email', message: 'x', code: 'duplicate', params: { row: 2 } }],
    });
    expect(formErrorsFrom(duplicate, fields, en, 'en').fields.email).toBe('This address is already in row 2.');
  });

  it("translates the password policy's reasons", () => {
    const error = apiError(400, 'password_too_weak', {
      errors: [
        { field: 'password', message: 'must be at least 15 characters long', code: 'too_short' },
        { field: 'password', message: 'is too easy to guess', code: 'easy_to_guess' },
      ],
    });
    expect(formErrorsFrom(error, fields, testT('de'), 'de')).toEqual({
      fields: { password: 'Verwenden Sie mindestens 15 Zeichen.' },
      general: undefined,
    });
  });

  it('shows an unknown field message as the server wrote it', () => {
    // A field error code newer than this page.
    const error = apiError(400, 'validation_failed', {
      errors: [{ field: 'email', message: 'is on a block list', code: 'onBlockList' }],
    });
    expect(formErrorsFrom(error, fields, en, 'en').fields).toEqual({ email: 'is on a block list' });
  });

  it('puts errors about other fields, or without fields, above the form', () => {
    const stray = apiError(400, 'validation_failed', {
      errors: [{ field: 'foo', message: 'is not a known field', code: 'unknownField' }],
    });
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
