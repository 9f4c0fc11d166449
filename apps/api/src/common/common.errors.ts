import type { PlainTextProblem } from '@cloudhub/plain-text';

/**
 * The problem codes any route can answer with, written by the global filter, the validation pipe and the
 * body parser. Each module declares its own codes beside its factories in `<module>.errors.ts`; the OpenAPI
 * document lists them all as one `ProblemCode` enum (`openapi/problem-codes.ts`).
 */
export enum CommonProblemCode {
  ValidationFailed = 'validation_failed',
  BadRequest = 'bad_request',
  MalformedJson = 'malformed_json',
  InvalidValue = 'invalid_value',
  Unauthenticated = 'unauthenticated',
  Forbidden = 'forbidden',
  NotFound = 'not_found',
  MethodNotAllowed = 'method_not_allowed',
  Conflict = 'conflict',
  PayloadTooLarge = 'payload_too_large',
  UnsupportedMediaType = 'unsupported_media_type',
  TooManyRequests = 'too_many_requests',
  InternalError = 'internal_error',
  ServiceUnavailable = 'service_unavailable',
}

/**
 * Field error codes of the validation pipe: the names of the class-validator constraints our DTOs use (a
 * test fails on a constraint missing here), and the field errors common code makes by hand.
 */
export enum CommonFieldErrorCode {
  IsDefined = 'isDefined',
  IsNotEmpty = 'isNotEmpty',
  IsString = 'isString',
  IsBoolean = 'isBoolean',
  IsInt = 'isInt',
  IsNumber = 'isNumber',
  IsArray = 'isArray',
  IsObject = 'isObject',
  IsIn = 'isIn',
  IsEnum = 'isEnum',
  IsEmail = 'isEmail',
  IsUuid = 'isUuid',
  IsDateString = 'isDateString',
  IsIso8601 = 'isIso8601',
  Matches = 'matches',
  MinLength = 'minLength',
  MaxLength = 'maxLength',
  Min = 'min',
  Max = 'max',
  ArrayMinSize = 'arrayMinSize',
  ArrayMaxSize = 'arrayMaxSize',
  ArrayNotEmpty = 'arrayNotEmpty',
  ArrayUnique = 'arrayUnique',
  NestedValidation = 'nestedValidation',
  /** A property the DTO does not have (class-validator's `whitelistValidation`). */
  UnknownField = 'unknownField',
  /** A paging cursor this API did not give out. */
  InvalidCursor = 'invalidCursor',
  /** Plain text that would become a link, markup or reordered text in an e-mail; `params.reason` says why. */
  NoLinksOrMarkup = 'noLinksOrMarkup',
  /** A role id (or name) the customer does not have; used by members and invitations alike. */
  UnknownRole = 'unknownRole',
}

/** Why an address is not one plain address (a batch row's `invalidEmail`), as the admin can fix it. */
export const INVALID_EMAIL_REASONS = ['empty', 'noAt', 'space', 'tooLong', 'notSingle'] as const;
export type InvalidEmailReason = (typeof INVALID_EMAIL_REASONS)[number];

/** Every `params.reason`: why plain text (`noLinksOrMarkup`) or an address (`invalidEmail`) is refused. */
export const FIELD_ERROR_REASONS = [
  ...(['control', 'bidi', 'markup', 'link', 'hostName', 'at'] as const satisfies readonly PlainTextProblem[]),
  ...INVALID_EMAIL_REASONS,
] as const;
export type FieldErrorReason = (typeof FIELD_ERROR_REASONS)[number];
