import { useEffect } from 'react';
import { Outlet } from 'react-router';
import { useMe } from '../../features/auth/api/get-me';
import { switchLanguage } from '../../lib/language/use-language';

/** Everything behind login: the UI follows the language saved in the user's account. */
export function SessionRoot() {
  const { data: me } = useMe();
  useEffect(() => switchLanguage(me.language), [me.language]);
  return <Outlet />;
}
