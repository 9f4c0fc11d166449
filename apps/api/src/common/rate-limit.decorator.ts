import { applyDecorators } from '@nestjs/common';
import { ApiExtension, DECORATORS, type ApiResponseOptions } from '@nestjs/swagger';
import { Throttle } from '@nestjs/throttler';

/** The OpenAPI extension that states a route's limit: `{ limit, windowSeconds }` per client address. */
export const RATE_LIMIT_EXTENSION = 'x-rate-limit';

const count = (description: string) => ({
  description,
  schema: { type: 'integer', format: 'int32', minimum: 0, maximum: 2_147_483_647 },
});

/** What the throttler guard sets on every answer of a route it let through. */
export const RATE_LIMIT_HEADERS = {
  'X-RateLimit-Limit': count('Requests this client may make to this operation in the current window.'),
  'X-RateLimit-Remaining': count('Requests left in the current window.'),
  'X-RateLimit-Reset': count('Seconds until the current window ends.'),
} as const satisfies ApiResponseOptions['headers'];

type Responses = Record<string, ApiResponseOptions & { headers?: ApiResponseOptions['headers'] }>;

/** Adds the rate-limit headers to every 2xx and 4xx response the route has declared so far. */
const documentRateLimitHeaders: MethodDecorator = (_target, key, descriptor) => {
  const responses = Reflect.getMetadata(DECORATORS.API_RESPONSE, descriptor.value as object) as Responses | undefined;
  const statuses = Object.keys(responses ?? {});
  if (!responses || !statuses.some((status) => status.startsWith('2')) || !statuses.includes('429')) {
    throw new Error(
      `@RateLimit() on ${String(key)} goes above the route's response decorators, which must declare its 2xx and 429`,
    );
  }
  for (const status of statuses.filter((candidate) => /^[24]/.test(candidate))) {
    responses[status] = { ...responses[status], headers: { ...responses[status].headers, ...RATE_LIMIT_HEADERS } };
  }
  Reflect.defineMetadata(DECORATORS.API_RESPONSE, responses, descriptor.value as object);
};

/**
 * At most `limit` requests per client address in `windowMs` to this route (the controller uses the
 * ThrottlerGuard), documented in OpenAPI: the `x-rate-limit` extension and the `X-RateLimit-*` headers on
 * every 2xx and 4xx. Goes above the route's response decorators (`@ApiOkResponse`, `@ApiProblems(..., 429)`).
 */
export const RateLimit = (limit: number, windowMs: number) =>
  applyDecorators(
    Throttle({ default: { limit, ttl: windowMs } }),
    ApiExtension(RATE_LIMIT_EXTENSION, { limit, windowSeconds: windowMs / 1000 }),
    documentRateLimitHeaders,
  );
