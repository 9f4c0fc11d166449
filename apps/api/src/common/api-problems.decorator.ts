import { applyDecorators } from '@nestjs/common';
import { ApiResponse, getSchemaPath } from '@nestjs/swagger';
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

/** Documents the problem responses a route can give. */
export const ApiProblems = (...statuses: number[]) =>
  applyDecorators(
    ...statuses.map((status) =>
      ApiResponse({
        status,
        description: DESCRIPTIONS[status] ?? 'Error',
        content: { 'application/problem+json': { schema: { $ref: getSchemaPath(ProblemDto) } } },
      }),
    ),
  );
