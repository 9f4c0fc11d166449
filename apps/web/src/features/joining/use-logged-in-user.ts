import { useQuery } from '@tanstack/react-query';
import { useSyncExternalStore } from 'react';
import { accessTokenSession } from '../../lib/session/session';
import { meQueryOptions, type Me } from '../../lib/me/get-me';

const subscribe = (onChange: () => void) => accessTokenSession.onTokenChange(onChange);
const isLoggedIn = () => accessTokenSession.token() !== undefined;

/** On a public page: who is logged in, if anyone; follows login and logout on the page itself. */
export function useLoggedInUser(): { loggedIn: boolean; user: Me | undefined } {
  const loggedIn = useSyncExternalStore(subscribe, isLoggedIn);
  const me = useQuery({ ...meQueryOptions(), enabled: loggedIn });
  return { loggedIn, user: loggedIn ? me.data : undefined };
}

export function sameAddress(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}
