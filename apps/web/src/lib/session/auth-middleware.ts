import type { Middleware } from 'openapi-fetch';
import type { AccessTokenSession } from './access-token-session';

/** Login, refresh and logout answer 401 for their own reasons; a refresh must never retry them. */
const AUTH_PATHS = '/api/auth/';

/**
 * Adds the bearer token to every API call; a call refused with 401 refreshes the session once (shared
 * with every other call refused at the same time) and is sent again. When that fails the session ends.
 */
export function createAuthMiddleware(session: AccessTokenSession): Middleware {
  // A sent request's body is consumed, so a copy is kept until its answer is in.
  const replays = new Map<string, Request>();

  return {
    onRequest({ request, schemaPath, id }) {
      if (schemaPath.startsWith(AUTH_PATHS)) return undefined;
      const token = session.token();
      if (token) request.headers.set('Authorization', bearer(token));
      replays.set(id, request.clone());
      return request;
    },
    async onResponse({ response, id, options }) {
      const replay = replays.get(id);
      replays.delete(id);
      if (response.status !== 401 || !replay) return response;
      const token = await freshToken(session, replay.headers.get('Authorization'));
      if (!token) {
        session.end('expired');
        return response;
      }
      replay.headers.set('Authorization', bearer(token));
      const { fetch: send } = options;
      const retried = await send(replay);
      if (retried.status === 401) session.end('expired');
      return retried;
    },
    onError({ id }) {
      replays.delete(id);
      return undefined;
    },
  };
}

/** A token that another call refreshed meanwhile is used as it is, without rotating the cookie again. */
async function freshToken(session: AccessTokenSession, sentWith: string | null): Promise<string | undefined> {
  const current = session.token();
  if (current && bearer(current) !== sentWith) return current;
  return session.refresh();
}

function bearer(token: string): string {
  return `Bearer ${token}`;
}
