import { ArgumentsHost, Catch, HttpException, HttpStatus, Logger, type ExceptionFilter } from '@nestjs/common';
import { ThrottlerException } from '@nestjs/throttler';
import type { Request, Response } from 'express';
import { PROBLEM_CONTENT_TYPE, ProblemError, problemType } from './problem';

const CODES_BY_STATUS: Readonly<Record<number, string>> = {
  400: 'bad_request',
  401: 'unauthenticated',
  403: 'forbidden',
  404: 'not_found',
  405: 'method_not_allowed',
  409: 'conflict',
  413: 'payload_too_large',
  415: 'unsupported_media_type',
  429: 'too_many_requests',
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
        'too_many_requests',
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
        CODES_BY_STATUS[status] ?? (status >= 500 ? 'internal_error' : 'bad_request'),
        HttpStatus[status]
          ?.replace(/_/g, ' ')
          .toLowerCase()
          .replace(/^\w/, (c) => c.toUpperCase()) ?? 'Error',
        status >= 500 ? 'Something went wrong on our side. Please try again.' : String(message),
      );
    }
    return new ProblemError(
      HttpStatus.INTERNAL_SERVER_ERROR,
      'internal_error',
      'Internal server error',
      'Something went wrong on our side. Please try again.',
    );
  }
}
