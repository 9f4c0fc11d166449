import type { Schemas } from '@cloudhub/api-client';
import { PLAIN_TEXT_CODE, PLAIN_TEXT_MESSAGES, type PlainTextProblem } from '@cloudhub/plain-text';
import type { TFunction } from 'i18next';
import { formatTime, formatWait } from '../format';
import { ApiError } from './api-error';

type FieldError = Schemas['FieldErrorDto'];

const PLAIN_TEXT_PROBLEMS = Object.keys(PLAIN_TEXT_MESSAGES) as PlainTextProblem[];

/** Problem codes with a message of their own; any other code shows the server's `detail`. */
const PROBLEM_MESSAGES = {
  invalid_credentials: 'errors.invalidCredentials',
  refresh_token_invalid: 'errors.sessionEnded',
  unauthenticated: 'errors.sessionEnded',
  permission_required: 'errors.permissionRequired',
  forbidden: 'errors.permissionRequired',
  tenant_not_found: 'errors.tenantNotFound',
  validation_failed: 'errors.validationFailed',
  internal_error: 'errors.internal',
  last_admin: 'errors.lastAdmin',
  role_name_taken: 'errors.roleNameTaken',
  role_not_found: 'errors.roleNotFound',
  member_not_found: 'errors.memberNotFound',
  invitation_not_found: 'errors.invitationNotFound',
  already_member: 'errors.alreadyMember',
  invitation_exists: 'errors.invitationExists',
  invitation_email_mismatch: 'errors.invitationEmailMismatch',
  account_exists: 'errors.accountExists',
  password_too_weak: 'errors.passwordTooWeak',
  invitation_expired: 'errors.invitationExpired',
  invitation_revoked: 'errors.invitationRevoked',
  invitation_already_used: 'errors.invitationAlreadyUsed',
  invitation_invalid: 'errors.invitationInvalid',
  invitation_not_expired: 'errors.invitationNotExpired',
  not_restricted: 'errors.notRestricted',
  too_many_event_streams: 'errors.tooManyEventStreams',
  origin_not_allowed: 'errors.originNotAllowed',
} as const;

/** Throttling codes, whose message says how long to wait when the API tells us. */
const THROTTLE_MESSAGES = {
  login_throttled: { withWait: 'errors.loginThrottled', withoutWait: 'errors.loginThrottledSoon' },
  too_many_requests: { withWait: 'errors.tooManyRequests', withoutWait: 'errors.tooManyRequestsSoon' },
  renewal_already_requested: {
    withWait: 'errors.renewalAlreadyRequested',
    withoutWait: 'errors.renewalAlreadyRequestedSoon',
  },
  access_request_throttled: {
    withWait: 'errors.accessRequestThrottled',
    withoutWait: 'errors.accessRequestThrottledSoon',
  },
} as const;

/** Field errors by their stable `code`; the API's English message is the fallback. */
const FIELD_CODE_MESSAGES: Readonly<Record<string, (t: TFunction, error: FieldError) => string>> = {
  isNotEmpty: (t) => t('validation.required'),
  minLength: (t, error) => (/empty/.test(error.message) ? t('validation.required') : t('validation.tooShort')),
  maxLength: (t, error) => {
    const max = /(\d+)/.exec(error.message)?.[1];
    return max ? t('validation.maxLength', { max }) : t('validation.tooLong');
  },
  isEmail: (t) => t('validation.email'),
  isPlainEmail: (t) => t('validation.plainEmail'),
  unknownRole: (t) => t('validation.unknownRole'),
  isUuid: (t) => t('validation.unknownRole'),
  member: (t) => t('validation.alreadyMember'),
  invited: (t) => t('validation.alreadyInvited'),
  taken: (t) => t('validation.taken'),
  isIn: (t) => t('validation.notOffered'),
  [PLAIN_TEXT_CODE]: (t, error) => {
    const problem = PLAIN_TEXT_PROBLEMS.find((candidate) => PLAIN_TEXT_MESSAGES[candidate] === error.message);
    return problem ? t(`validation.plainText.${problem}`) : t('validation.plainText.link');
  },
  // Why the password policy refused a password (400 `password_too_weak`).
  too_short: (t) => t('password.problems.too_short'),
  too_long: (t) => t('password.problems.too_long'),
  breached: (t) => t('password.problems.breached'),
  contains_context: (t) => t('password.problems.contains_context'),
  easy_to_guess: (t) => t('password.problems.easy_to_guess'),
};

/** The API's field messages are English; the ones it is known to send are translated. */
const FIELD_MESSAGES: readonly { pattern: RegExp; message: (t: TFunction, match: RegExpMatchArray) => string }[] = [
  { pattern: /^must not be empty$/, message: (t) => t('validation.required') },
  { pattern: /^must be an e-mail address$/, message: (t) => t('validation.email') },
  {
    pattern: /^must be at most (\d+) characters$/,
    message: (t, match) => t('validation.maxLength', { max: match[1] }),
  },
];

function hasKey<T extends object>(map: T, key: string | undefined): key is Extract<keyof T, string> {
  return key !== undefined && Object.hasOwn(map, key);
}

/** One sentence for the user about a failed call, in the UI language. */
export function errorMessage(error: unknown, t: TFunction, language: string): string {
  if (!(error instanceof ApiError)) return t('errors.network');
  const { code } = error;
  if (hasKey(THROTTLE_MESSAGES, code)) {
    const keys = THROTTLE_MESSAGES[code];
    const wait = error.retryAfterSeconds;
    return wait === undefined ? t(keys.withoutWait) : t(keys.withWait, { wait: formatWait(wait, language) });
  }
  if (code === 'invitation_quota_exceeded') return invitationQuotaMessage(error, t, language);
  if (code === 'recipient_quota_exceeded') {
    const wait = error.retryAfterSeconds;
    return wait === undefined
      ? t('errors.recipientQuotaSoon')
      : t('errors.recipientQuota', { time: formatTime(new Date(Date.now() + wait * 1000), language) });
  }
  if (hasKey(PROBLEM_MESSAGES, code)) return t(PROBLEM_MESSAGES[code]);
  if (error.problem?.detail) return error.problem.detail;
  return error.status >= 500 ? t('errors.internal') : t('errors.unexpected');
}

/** 429 `invitation_quota_exceeded` carries `limit` and `resetsAt`: say when the next invitation frees up. */
function invitationQuotaMessage(error: ApiError, t: TFunction, language: string): string {
  const limit = error.problem?.['limit'];
  const resetsAt = error.problem?.['resetsAt'];
  const until =
    typeof resetsAt === 'string'
      ? new Date(resetsAt)
      : error.retryAfterSeconds !== undefined
        ? new Date(Date.now() + error.retryAfterSeconds * 1000)
        : undefined;
  const count = typeof limit === 'number' ? limit : undefined;
  if (until === undefined || Number.isNaN(until.getTime())) return t('errors.invitationQuotaSoon');
  return count === undefined
    ? t('errors.invitationQuotaAt', { time: formatTime(until, language) })
    : t('errors.invitationQuota', { count, time: formatTime(until, language) });
}

export function fieldMessage(fieldError: FieldError | string, t: TFunction): string {
  const error = typeof fieldError === 'string' ? { field: '', message: fieldError } : fieldError;
  if (hasKey(FIELD_CODE_MESSAGES, error.code)) return FIELD_CODE_MESSAGES[error.code](t, error);
  for (const { pattern, message } of FIELD_MESSAGES) {
    const match = error.message.match(pattern);
    if (match) return message(t, match);
  }
  return error.message;
}

export interface FormErrors<Field extends string> {
  readonly fields: Partial<Record<Field, string>>;
  /** Shown above the form: the error is not about one of its fields. */
  readonly general: string | undefined;
}

/** Spreads a failed submit over the form: field errors beside their fields, the rest above the form. */
export function formErrorsFrom<Field extends string>(
  error: unknown,
  formFields: readonly Field[],
  t: TFunction,
  language: string,
): FormErrors<Field> {
  const serverFieldErrors = error instanceof ApiError ? (error.problem?.errors ?? []) : [];
  const fields: Partial<Record<Field, string>> = {};
  let unplaced = serverFieldErrors.length === 0;
  for (const fieldError of serverFieldErrors) {
    const formField = formFields.find((candidate) => candidate === fieldError.field);
    if (formField === undefined) unplaced = true;
    else fields[formField] ??= fieldMessage(fieldError, t);
  }
  return { fields, general: unplaced ? errorMessage(error, t, language) : undefined };
}
