import type { Schemas } from '@cloudhub/api-client';
import { queryOptions, useSuspenseQuery } from '@tanstack/react-query';
import { unwrap } from '../api/api-error';
import { api } from '../api/client';

export type Me = Schemas['MeDto'];
export type Membership = Schemas['MyMembershipDto'];

export const meQueryKey = ['me'] as const;

export async function getMe(): Promise<Me> {
  return unwrap(await api.GET('/api/me'));
}

export const meQueryOptions = () => queryOptions({ queryKey: meQueryKey, queryFn: getMe });

/** The logged-in user; the session route loads it before any page that needs it renders. */
export function useMe() {
  return useSuspenseQuery(meQueryOptions());
}
