import { HttpStatus } from '@nestjs/common';

export interface FieldError {
  readonly field: string;
  readonly message: string;
  /** Stable and machine-readable, e.g. `isNotEmpty`, `maxLength`, `taken`: clients translate by it. */
  readonly code?: string;
}

/**
 * An error that leaves the API as RFC 9457 problem details. `code` is stable and machine-readable;
 * the SPA maps it to a translated message, integrators branch on it.
 */
export class ProblemError extends Error {
  constructor(
    readonly status: HttpStatus,
    readonly code: string,
    readonly title: string,
    readonly detail: string,
    readonly extensions: Readonly<Record<string, unknown>> = {},
    readonly errors: readonly FieldError[] = [],
    /** Extra response headers, such as `Retry-After`. */
    readonly headers: Readonly<Record<string, string>> = {},
  ) {
    super(detail);
    this.name = 'ProblemError';
  }
}

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

export function problemType(code: string): string {
  return `https://cloudhub.example/problems/${code.replace(/_/g, '-')}`;
}

export const validationFailed = (errors: readonly FieldError[]): ProblemError =>
  new ProblemError(
    HttpStatus.BAD_REQUEST,
    'validation_failed',
    'The request is not valid',
    errors.map((error) => `${error.field}: ${error.message}`).join('; ') || 'The request is not valid.',
    {},
    errors,
  );

export const tooManyRequests = (
  code: string,
  detail: string,
  retryAfterSeconds: number,
  extensions: Readonly<Record<string, unknown>> = {},
): ProblemError =>
  new ProblemError(
    HttpStatus.TOO_MANY_REQUESTS,
    code,
    'Too many requests',
    detail,
    { retryAfter: retryAfterSeconds, ...extensions },
    [],
    { 'Retry-After': String(Math.max(1, Math.ceil(retryAfterSeconds))) },
  );
