import createClient, { type Middleware } from 'openapi-fetch';
import type { components, operations, paths } from './schema';

export type { components, operations, paths };

/** Every schema of the API by name, e.g. `Schemas['MeDto']`. */
export type Schemas = components['schemas'];

/** RFC 9457 problem details, as every API error arrives. */
export type Problem = Schemas['ProblemDto'] & Record<string, unknown>;

export type ApiClient = ReturnType<typeof createApiClient>;

/**
 * The typed client over the API's OpenAPI document. `middleware` lets the SPA add the bearer token and
 * its refresh-on-401 behaviour without this library knowing about either.
 */
export function createApiClient(options: { baseUrl?: string; middleware?: Middleware[]; fetch?: typeof fetch } = {}) {
  const client = createClient<paths>({
    baseUrl: options.baseUrl ?? '',
    credentials: 'same-origin',
    fetch: options.fetch,
  });
  for (const middleware of options.middleware ?? []) client.use(middleware);
  return client;
}

export function isProblem(value: unknown): value is Problem {
  return typeof value === 'object' && value !== null && 'code' in value && 'status' in value;
}
