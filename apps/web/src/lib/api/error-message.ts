import type { Schemas } from '@cloudhub/api-client';
import type { ParseKeys, TFunction } from 'i18next';
import { formatWait } from '../format';
import { formatMomentFromNow } from '../relative-moment';
import { ApiError, type FieldErrorCode, type ProblemCode } from './api-error';

type FieldError = Schemas['FieldErrorDto'];

/**
 * How a problem is said: a fixed message, a 429 whose message says how long to wait when the API tells us,
 * or a message built from the problem's own fields.
 */
type ProblemMessage =
  | ParseKeys
  | { readonly withWait: ParseKeys; readonly withoutWait: ParseKeys }
  | ((error: ApiError, t: TFunction, language: string) => string);

/**
 * Every problem code of the API's `ProblemCode` enum, each with its message: a code the API adds is a compile
 * error here until it has one (and `error-codes.spec.ts` fails until both catalogues have its keys).
 */
const PROBLEM_MESSAGES: Readonly<Record<ProblemCode, ProblemMessage>> = {
  // Any route
  validation_failed: 'errors.validationFailed',
  bad_request: 'errors.badRequest',
  malformed_json: 'errors.malformedJson',
  invalid_value: 'errors.invalidValue',
  unauthenticated: 'errors.sessionEnded',
  forbidden: 'errors.permissionRequired',
  not_found: 'errors.notFound',
  method_not_allowed: 'errors.methodNotAllowed',
  conflict: 'errors.conflict',
  payload_too_large: 'errors.payloadTooLarge',
  unsupported_media_type: 'errors.unsupportedMediaType',
  too_many_requests: { withWait: 'errors.tooManyRequests', withoutWait: 'errors.tooManyRequestsSoon' },
  internal_error: 'errors.internal',
  service_unavailable: 'errors.serviceUnavailable',
  // Logging in
  invalid_credentials: 'errors.invalidCredentials',
  login_throttled: { withWait: 'errors.loginThrottled', withoutWait: 'errors.loginThrottledSoon' },
  origin_not_allowed: 'errors.originNotAllowed',
  refresh_token_invalid: 'errors.sessionEnded',
  too_many_event_streams: 'errors.tooManyEventStreams',
  // User management
  tenant_not_found: 'errors.tenantNotFound',
  permission_required: 'errors.permissionRequired',
  last_admin: 'errors.lastAdmin',
  role_not_found: 'errors.roleNotFound',
  role_name_taken: 'errors.roleNameTaken',
  member_not_found: 'errors.memberNotFound',
  invitation_not_found: 'errors.invitationNotFound',
  invitation_exists: 'errors.invitationExists',
  already_member: 'errors.alreadyMember',
  invitation_quota_exceeded: invitationQuotaMessage,
  recipient_quota_exceeded: (error, t, language) => {
    const wait = error.retryAfterSeconds;
    return wait === undefined
      ? t('errors.recipientQuotaSoon')
      : t('errors.recipientQuota', {
          when: formatMomentFromNow(new Date(Date.now() + wait * 1000), language, t),
        });
  },
  // Joining through an invitation link
  invitation_expired: 'errors.invitationExpired',
  invitation_revoked: 'errors.invitationRevoked',
  invitation_already_used: 'errors.invitationAlreadyUsed',
  invitation_invalid: 'errors.invitationInvalid',
  invitation_not_expired: 'errors.invitationNotExpired',
  invitation_email_mismatch: 'errors.invitationEmailMismatch',
  account_exists: 'errors.accountExists',
  password_too_weak: 'errors.passwordTooWeak',
  renewal_already_requested: {
    withWait: 'errors.renewalAlreadyRequested',
    withoutWait: 'errors.renewalAlreadyRequestedSoon',
  },
  // Restricted members
  not_restricted: 'errors.notRestricted',
  access_request_throttled: {
    withWait: 'errors.accessRequestThrottled',
    withoutWait: 'errors.accessRequestThrottledSoon',
  },
};

type FieldMessage = ParseKeys | ((t: TFunction, error: FieldError) => string);

const minimum = (t: TFunction, { params }: FieldError) =>
  params?.min === undefined || params.min <= 1
    ? t('validation.required')
    : t('validation.minLength', { min: params.min });
const maximum =
  (key: ParseKeys, fallback: ParseKeys) =>
  (t: TFunction, { params }: FieldError) =>
    params?.max === undefined ? t(fallback) : t(key, { max: params.max });

/**
 * Every field error code of the API's `FieldErrorCode` enum, said with its `params` (a limit, a reason):
 * nothing is read out of the API's English `message`.
 */
const FIELD_MESSAGES: Readonly<Record<FieldErrorCode, FieldMessage>> = {
  isDefined: 'validation.required',
  isNotEmpty: 'validation.required',
  arrayNotEmpty: 'validation.required',
  minLength: minimum,
  maxLength: maximum('validation.maxLength', 'validation.tooLong'),
  min: (t, { params }) =>
    params?.min === undefined ? t('validation.invalid') : t('validation.min', { min: params.min }),
  max: maximum('validation.max', 'validation.invalid'),
  arrayMinSize: (t, { params }) =>
    params?.min === undefined ? t('validation.required') : t('validation.arrayMinSize', { min: params.min }),
  arrayMaxSize: maximum('validation.arrayMaxSize', 'validation.invalid'),
  arrayUnique: 'validation.twice',
  isString: 'validation.invalid',
  isBoolean: 'validation.invalid',
  isInt: 'validation.invalid',
  isNumber: 'validation.invalid',
  isArray: 'validation.invalid',
  isObject: 'validation.invalid',
  isDateString: 'validation.invalid',
  isIso8601: 'validation.invalid',
  matches: 'validation.invalid',
  nestedValidation: 'validation.invalid',
  isIn: 'validation.notOffered',
  isEnum: 'validation.notOffered',
  isEmail: 'validation.email',
  isPlainEmail: 'validation.plainEmail',
  isUuid: 'validation.unknownRole',
  unknownField: 'validation.unknownField',
  invalidCursor: 'validation.invalidCursor',
  noLinksOrMarkup: (t, { params }) =>
    t(`validation.plainText.${isPlainTextReason(params?.reason) ? params.reason : 'link'}`),
  unknownRole: (t, { params }) =>
    params?.names?.length
      ? t('validation.unknownRoleNames', { names: params.names.join(', ') })
      : t('validation.unknownRole'),
  taken: 'validation.taken',
  member: 'validation.alreadyMember',
  invited: 'validation.alreadyInvited',
  duplicate: (t, { params }) =>
    params?.row === undefined ? t('validation.duplicate') : t('validation.duplicateOfRow', { row: params.row }),
  invalidEmail: (t, { params }) =>
    t(`validation.invalidEmail.${isInvalidEmailReason(params?.reason) ? params.reason : 'notSingle'}`),
  dailyQuota: (t, { params }) =>
    params?.limit === undefined ? t('validation.dailyQuotaSoon') : t('validation.dailyQuota', { count: params.limit }),
  recipientQuota: 'validation.recipientQuota',
  // A bulk resend's or delete's invitation that is not (or no longer) there.
  notFound: 'validation.invitationNotFound',
  notDone: 'validation.notDone',
  // Who takes over as administrator (`successorId`).
  successorNotMember: 'validation.successorNotMember',
  successorIsSelf: 'validation.successorIsSelf',
  successorOnlyForOwnRights: 'validation.successorOnlyForOwnRights',
  // Why the password policy refused a password (400 `password_too_weak`).
  too_short: 'password.problems.too_short',
  too_long: 'password.problems.too_long',
  breached: 'password.problems.breached',
  contains_context: 'password.problems.contains_context',
  easy_to_guess: 'password.problems.easy_to_guess',
};

type Reason = NonNullable<Schemas['FieldErrorParamsDto']['reason']>;
const PLAIN_TEXT_REASONS = ['control', 'bidi', 'markup', 'link', 'hostName', 'at'] as const satisfies Reason[];
const INVALID_EMAIL_REASONS = ['empty', 'noAt', 'space', 'tooLong', 'notSingle'] as const satisfies Reason[];
const isPlainTextReason = (reason: Reason | undefined): reason is (typeof PLAIN_TEXT_REASONS)[number] =>
  (PLAIN_TEXT_REASONS as readonly (Reason | undefined)[]).includes(reason);
const isInvalidEmailReason = (reason: Reason | undefined): reason is (typeof INVALID_EMAIL_REASONS)[number] =>
  (INVALID_EMAIL_REASONS as readonly (Reason | undefined)[]).includes(reason);

/** One sentence for the user about a failed call, in the UI language. */
export function errorMessage(error: unknown, t: TFunction, language: string): string {
  if (!(error instanceof ApiError)) return t('errors.network');
  const { code } = error;
  // An answer without a problem body, or (defensively) a code newer than this page.
  const message = code !== undefined && Object.hasOwn(PROBLEM_MESSAGES, code) ? PROBLEM_MESSAGES[code] : undefined;
  if (typeof message === 'string') return t(message);
  if (typeof message === 'function') return message(error, t, language);
  if (message !== undefined) {
    const wait = error.retryAfterSeconds;
    return wait === undefined ? t(message.withoutWait) : t(message.withWait, { wait: formatWait(wait, language) });
  }
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
    ? t('errors.invitationQuotaAt', { when: formatMomentFromNow(until, language, t) })
    : t('errors.invitationQuota', { count, when: formatMomentFromNow(until, language, t) });
}

/** A field error in the UI language, from its `code` and `params`; the API's English message is the fallback. */
export function fieldMessage(fieldError: FieldError | string, t: TFunction): string {
  if (typeof fieldError === 'string') return fieldError;
  const message = Object.hasOwn(FIELD_MESSAGES, fieldError.code) ? FIELD_MESSAGES[fieldError.code] : undefined;
  if (typeof message === 'string') return t(message);
  if (message !== undefined) return message(t, fieldError);
  return fieldError.message;
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
