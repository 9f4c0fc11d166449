import type { NextFunction, Request, Response } from 'express';
import { bodyParserProblem, unsupportedMediaType } from './problem-details.filter';

/**
 * Every request body this API reads is JSON. A body of another type would reach the handlers as no body at
 * all and fail as a confusing validation error; it is refused with 415 instead.
 */
export function requireJsonBodies(request: Request, _response: Response, next: NextFunction): void {
  const hasBody =
    Number(request.headers['content-length'] ?? 0) > 0 || request.headers['transfer-encoding'] !== undefined;
  if (!hasBody || !request.path.startsWith('/api/') || request.is(['application/json', 'application/*+json'])) {
    next();
    return;
  }
  next(unsupportedMediaType());
}

/**
 * Right after the JSON parser: its errors become their problems here, before Nest maps a parse error to a
 * generic 400 with the parser's own message.
 */
export function translateBodyErrors(error: unknown, _request: Request, _response: Response, next: NextFunction): void {
  next(bodyParserProblem(error) ?? error);
}
