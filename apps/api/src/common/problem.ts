import { HttpStatus } from '@nestjs/common';
import { CommonFieldErrorCode, CommonProblemCode, type FieldErrorReason } from './common.errors';

/**
 * The problem codes of every module, by module. Each `<module>.errors.ts` adds its enum here by declaration
 * merging, so that this folder needs no import of the modules:
 *
 *     declare module '../common/problem' {
 *       interface ProblemCodes { roles: RolesProblemCode }
 *     }
 *
 * `openapi/problem-codes.ts` must list every entry (a compile error otherwise) and writes them into the
 * OpenAPI document as the one `ProblemCode` enum, from which the SPA's client gets its union type.
 */
export interface ProblemCodes {
  common: CommonProblemCode;
}

/** Every stable problem code the API answers with. */
export type ProblemCode = ProblemCodes[keyof ProblemCodes];

/** The field error codes of every module, added like {@link ProblemCodes}. */
export interface FieldErrorCodes {
  common: CommonFieldErrorCode;
}

/** Every stable field error code: the rule a field broke. */
export type FieldErrorCode = FieldErrorCodes[keyof FieldErrorCodes];

/**
 * What the rule of a field error needs to be said in any language: `{ max: 60 }` for `maxLength`,
 * `{ min: 1 }`, `{ allowed: ['en', 'de'] }` for `isIn`, `{ reason: 'link' }` for `noLinksOrMarkup`.
 */
export interface FieldErrorParams {
  readonly min?: number;
  readonly max?: number;
  readonly allowed?: readonly (string | number)[];
  readonly reason?: FieldErrorReason;
  readonly limit?: number;
  readonly row?: number;
  readonly names?: readonly string[];
}

export interface FieldError {
  readonly field: string;
  /** Stable and machine-readable, e.g. `isNotEmpty`, `maxLength`, `taken`: clients translate by it. */
  readonly code: FieldErrorCode;
  /** The rule's parameters, when it has any. */
  readonly params?: FieldErrorParams;
  /** English, for integrators reading a response by eye; clients translate `code` and `params` instead. */
  readonly message: string;
}

/**
 * An error that leaves the API as RFC 9457 problem details. `code` is stable and machine-readable;
 * the SPA maps it to a translated message, integrators branch on it.
 */
export class ProblemError extends Error {
  constructor(
    readonly status: HttpStatus,
    readonly code: ProblemCode,
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

export function problemType(code: ProblemCode): string {
  return `https://cloudhub.example/problems/${code.replace(/_/g, '-')}`;
}

export const validationFailed = (errors: readonly FieldError[]): ProblemError =>
  new ProblemError(
    HttpStatus.BAD_REQUEST,
    CommonProblemCode.ValidationFailed,
    'The request is not valid',
    errors.map((error) => `${error.field}: ${error.message}`).join('; ') || 'The request is not valid.',
    {},
    errors,
  );

export const tooManyRequests = (
  code: ProblemCode,
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

/** A cursor this API did not give out; `keyset-cursor.ts` and the audit log's id cursor say it alike. */
export const invalidCursor = (): ProblemError =>
  validationFailed([
    { field: 'cursor', message: 'is not a cursor this API gave out', code: CommonFieldErrorCode.InvalidCursor },
  ]);
