import { createApiClient } from '@cloudhub/api-client';
import { createAccessTokenSession } from './access-token-session';
import { hasSessionHint } from './session-hint';

// No middleware here: a refresh answered with 401 must not start another refresh.
const authClient = createApiClient();

async function exchangeRefreshCookie(): Promise<string | undefined> {
  const { data } = await authClient.POST('/api/auth/refresh');
  return data?.accessToken;
}

/**
 * Refresh tokens rotate and reusing one ends the whole login, so tabs of one browser take turns: the
 * second tab refreshes with the cookie that the first one just received.
 */
async function requestNewToken(): Promise<string | undefined> {
  if (!('locks' in navigator)) return exchangeRefreshCookie();
  return await navigator.locks.request('cloudhub-auth-refresh', exchangeRefreshCookie);
}

/** A page load restores the session only when the API's session hint cookie says there is one. */
export const accessTokenSession = createAccessTokenSession(requestNewToken, {
  mayHaveSession: () => hasSessionHint(document.cookie),
});
