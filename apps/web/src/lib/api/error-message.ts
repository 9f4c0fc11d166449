import type { TFunction } from 'i18next';
import { formatWait } from '../format';
import { ApiError } from './api-error';

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
} as const;

/** Throttling codes, whose message says how long to wait when the API tells us. */
const THROTTLE_MESSAGES = {
  login_throttled: { withWait: 'errors.loginThrottled', withoutWait: 'errors.loginThrottledSoon' },
  too_many_requests: { withWait: 'errors.tooManyRequests', withoutWait: 'errors.tooManyRequestsSoon' },
} as const;

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
  if (hasKey(PROBLEM_MESSAGES, code)) return t(PROBLEM_MESSAGES[code]);
  if (error.problem?.detail) return error.problem.detail;
  return error.status >= 500 ? t('errors.internal') : t('errors.unexpected');
}

export function fieldMessage(serverMessage: string, t: TFunction): string {
  for (const { pattern, message } of FIELD_MESSAGES) {
    const match = serverMessage.match(pattern);
    if (match) return message(t, match);
  }
  return serverMessage;
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
  for (const { field, message } of serverFieldErrors) {
    const formField = formFields.find((candidate) => candidate === field);
    if (formField === undefined) unplaced = true;
    else fields[formField] ??= fieldMessage(message, t);
  }
  return { fields, general: unplaced ? errorMessage(error, t, language) : undefined };
}
