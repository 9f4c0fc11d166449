import type { QueryClient } from '@tanstack/react-query';
import { loginPathFor } from '../features/auth/return-to';
import { accessTokenSession } from '../lib/session/session';
import type { AppRouter } from './router';

/** Public pages that stay put on logout: the invitation page logs out so that the invitee can go on. */
const STAY_ON_LOGOUT: readonly string[] = ['/invite'];

/**
 * Logout goes to the login page; an expired session goes there too but comes back to the page the user
 * was on. The cache is emptied after leaving, so no page of the old session renders without its data.
 */
export function followSessionEnd(router: AppRouter, queryClient: QueryClient): () => void {
  return accessTokenSession.onEnd((reason) => {
    const { navigation, location } = router.state;
    if (reason === 'logout' && STAY_ON_LOGOUT.includes(location.pathname)) return;
    const target = reason === 'expired' ? loginPathFor(navigation.location ?? location) : '/login';
    void router.navigate(target, { replace: true }).then(() => queryClient.clear());
  });
}
