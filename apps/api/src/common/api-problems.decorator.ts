import { applyDecorators } from '@nestjs/common';
import { ApiResponse, getSchemaPath, type ApiResponseOptions } from '@nestjs/swagger';
import { ProblemDto } from './problem.dto';

const DESCRIPTIONS: Readonly<Record<number, string>> = {
  400: 'The request is not valid; `errors` names each field.',
  401: 'Not logged in, or the token is invalid or expired.',
  403: 'The caller lacks the permission this needs.',
  404: 'Not found, or not visible to the caller.',
  409: 'Conflicts with the current state.',
  429: 'Too many requests; wait for `Retry-After` seconds.',
  503: 'A dependency is unavailable.',
};

/** Seconds to wait; the longest wait is a quota's rolling 24 hours. */
export const RETRY_AFTER_HEADER = {
  'Retry-After': {
    description: 'Seconds to wait before trying again.',
    schema: { type: 'integer', format: 'int32', minimum: 0, maximum: 86_400 },
  },
} as const satisfies ApiResponseOptions['headers'];

/** Problems that say when to try again. */
const HEADERS: Readonly<Record<number, ApiResponseOptions['headers']>> = {
  429: RETRY_AFTER_HEADER,
  503: RETRY_AFTER_HEADER,
};

/** Documents the problem responses a route can give; 429 and 503 carry `Retry-After`. */
export const ApiProblems = (...statuses: number[]) =>
  applyDecorators(
    ...statuses.map((status) =>
      ApiResponse({
        status,
        description: DESCRIPTIONS[status] ?? 'Error',
        content: { 'application/problem+json': { schema: { $ref: getSchemaPath(ProblemDto) } } },
        ...(HEADERS[status] ? { headers: HEADERS[status] } : {}),
      }),
    ),
  );
