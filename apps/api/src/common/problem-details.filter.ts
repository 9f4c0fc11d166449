import { ArgumentsHost, Catch, HttpException, HttpStatus, Logger, type ExceptionFilter } from '@nestjs/common';
import { ThrottlerException } from '@nestjs/throttler';
import type { Request, Response } from 'express';
import { CommonProblemCode } from './common.errors';
import { PROBLEM_CONTENT_TYPE, ProblemError, problemType, type ProblemCode } from './problem';

const CODES_BY_STATUS: Readonly<Record<number, ProblemCode>> = {
  400: CommonProblemCode.BadRequest,
  401: CommonProblemCode.Unauthenticated,
  403: CommonProblemCode.Forbidden,
  404: CommonProblemCode.NotFound,
  405: CommonProblemCode.MethodNotAllowed,
  409: CommonProblemCode.Conflict,
  413: CommonProblemCode.PayloadTooLarge,
  415: CommonProblemCode.UnsupportedMediaType,
  429: CommonProblemCode.TooManyRequests,
};

/** Writes every error as `application/problem+json`; nothing internal (stack, SQL) leaves the server. */
@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  private readonly logger = new Logger('Problem');

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const response = http.getResponse<Response>();
    const request = http.getRequest<Request>();
    const problem = this.toProblem(exception);
    if (Number(problem.status) >= 500) {
      this.logger.error({ err: exception, path: request.path }, 'unhandled error');
    }
    if (response.headersSent) return;
    for (const [name, value] of Object.entries(problem.headers)) response.setHeader(name, value);
    response
      .status(problem.status)
      .type(PROBLEM_CONTENT_TYPE)
      .send(
        JSON.stringify({
          type: problemType(problem.code),
          title: problem.title,
          status: problem.status,
          detail: problem.detail,
          instance: request.originalUrl.split('?')[0],
          code: problem.code,
          ...problem.extensions,
          ...(problem.errors.length > 0 ? { errors: problem.errors } : {}),
        }),
      );
  }

  private toProblem(exception: unknown): ProblemError {
    if (exception instanceof ProblemError) return exception;
    if (exception instanceof ThrottlerException) {
      // The throttler guard has set Retry-After on the response already.
      return new ProblemError(
        HttpStatus.TOO_MANY_REQUESTS,
        CommonProblemCode.TooManyRequests,
        'Too many requests',
        'Too many attempts from this address. Wait a moment and try again.',
      );
    }
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const body = exception.getResponse();
      const message = typeof body === 'object' && body !== null && 'message' in body ? body.message : body;
      return new ProblemError(
        status,
        CODES_BY_STATUS[status] ?? (status >= 500 ? CommonProblemCode.InternalError : CommonProblemCode.BadRequest),
        HttpStatus[status]
          ?.replace(/_/g, ' ')
          .toLowerCase()
          .replace(/^\w/, (c) => c.toUpperCase()) ?? 'Error',
        status >= 500 ? 'Something went wrong on our side. Please try again.' : String(message),
      );
    }
    return bodyParserProblem(exception) ?? databaseProblem(exception) ?? unstorableValue(exception) ?? internalError();
  }
}

const internalError = () =>
  new ProblemError(
    HttpStatus.INTERNAL_SERVER_ERROR,
    CommonProblemCode.InternalError,
    'Internal server error',
    'Something went wrong on our side. Please try again.',
  );

/** Express's body parser reports what was wrong with the body in `type`. */
export function bodyParserProblem(exception: unknown): ProblemError | undefined {
  const type = (exception as { type?: unknown } | null)?.type;
  switch (type) {
    case 'entity.too.large':
      return new ProblemError(
        HttpStatus.PAYLOAD_TOO_LARGE,
        CommonProblemCode.PayloadTooLarge,
        'Request body too large',
        `The request body is larger than the ${BODY_LIMIT} this API accepts.`,
      );
    case 'entity.parse.failed':
      return new ProblemError(
        HttpStatus.BAD_REQUEST,
        CommonProblemCode.MalformedJson,
        'Malformed JSON',
        'The body is not valid JSON.',
      );
    case 'encoding.unsupported':
    case 'charset.unsupported':
      return unsupportedMediaType();
    case 'request.aborted':
    case 'request.size.invalid':
    case 'stream.encoding.set':
      return new ProblemError(
        HttpStatus.BAD_REQUEST,
        CommonProblemCode.BadRequest,
        'Bad request',
        'The request body was incomplete.',
      );
    default:
      return undefined;
  }
}

/**
 * The database is away (stopped, restarting, unreachable): the request can succeed later, so the client
 * is told so, with when to try again, instead of a 500. Everything else from the database stays a 500.
 */
function databaseProblem(exception: unknown): ProblemError | undefined {
  const error = (exception as { driverError?: unknown } | null)?.driverError ?? exception;
  const { code, message } = (error ?? {}) as { code?: unknown; message?: unknown };
  const unavailable =
    (typeof code === 'string' && (DATABASE_AWAY_CODES.has(code) || code.startsWith('08'))) ||
    (typeof message === 'string' && DATABASE_AWAY_MESSAGES.some((text) => message.includes(text)));
  if (!unavailable) return undefined;
  return new ProblemError(
    HttpStatus.SERVICE_UNAVAILABLE,
    CommonProblemCode.ServiceUnavailable,
    'Service unavailable',
    'The service cannot reach its database right now. Please try again shortly.',
    { retryAfter: DATABASE_RETRY_AFTER_SECONDS },
    [],
    { 'Retry-After': String(DATABASE_RETRY_AFTER_SECONDS) },
  );
}

/**
 * PostgreSQL refused a value that passed validation (a NUL character, a date or number out of its range):
 * the request is what is wrong, so it is a 400, without PostgreSQL's words.
 */
function unstorableValue(exception: unknown): ProblemError | undefined {
  const code = ((exception as { driverError?: { code?: unknown } } | null)?.driverError ?? {}).code;
  if (typeof code !== 'string' || !UNSTORABLE_VALUE_CODES.has(code)) return undefined;
  return new ProblemError(
    HttpStatus.BAD_REQUEST,
    CommonProblemCode.InvalidValue,
    'A value cannot be stored',
    'A value in the request contains a character or a number that cannot be stored (such as a NUL character).',
  );
}

/** character_not_in_repertoire, untranslatable_character, datetime_field_overflow, numeric_value_out_of_range, invalid_text_representation. */
const UNSTORABLE_VALUE_CODES = new Set(['22021', '22P05', '22008', '22003', '22P02']);

export const unsupportedMediaType = () =>
  new ProblemError(
    HttpStatus.UNSUPPORTED_MEDIA_TYPE,
    CommonProblemCode.UnsupportedMediaType,
    'Unsupported media type',
    'Send the request body as application/json (UTF-8).',
  );

export const BODY_LIMIT = '100kb';
const DATABASE_RETRY_AFTER_SECONDS = 5;
/** Socket errors, and PostgreSQL's admin_shutdown, crash_shutdown, cannot_connect_now. */
const DATABASE_AWAY_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  'EAI_AGAIN',
  '57P01',
  '57P02',
  '57P03',
]);
const DATABASE_AWAY_MESSAGES = [
  'timeout exceeded when trying to connect',
  'Connection terminated',
  'Client has encountered a connection error',
  'connection timeout',
];
