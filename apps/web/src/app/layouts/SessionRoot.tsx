import { useEffect } from 'react';
import { Outlet } from 'react-router';
import { useMe } from '../../lib/me/get-me';
import { useMembershipEvents } from '../../features/events/use-membership-events';
import { switchLanguage } from '../../lib/language/use-language';
import { prefetchPortalPages } from '../portal-pages';

/**
 * Everything behind login: the UI follows the language saved in the user's account, changes of the
 * user's memberships made elsewhere arrive live, and the other pages' chunks load while the browser is idle.
 */
export function SessionRoot() {
  const { data: me } = useMe();
  useMembershipEvents();
  useEffect(() => switchLanguage(me.language), [me.language]);
  useEffect(prefetchPortalPages, []);
  return <Outlet />;
}
