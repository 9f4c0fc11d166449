import type { Schemas } from '@cloudhub/api-client';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { unwrap } from '../../../lib/api/api-error';
import { api } from '../../../lib/api/client';
import { userManagementKeys } from './query-keys';

export type MemberCounts = Schemas['MemberCountsDto'];

/** How many members match the search: in all, without a role, and per role (the role filter's numbers). */
export async function countMembers(tenantId: string, q: string): Promise<MemberCounts> {
  return unwrap(
    await api.GET('/api/tenants/{tenantId}/members/counts', {
      params: { path: { tenantId }, query: { q: q || undefined } },
    }),
  );
}

export const memberCountsQueryOptions = (tenantId: string, q: string) =>
  queryOptions({
    queryKey: userManagementKeys.memberCounts(tenantId, q),
    queryFn: () => countMembers(tenantId, q),
    // While a new search counts, the filter keeps its previous numbers instead of losing them.
    placeholderData: keepPreviousData,
  });

export function useMemberCounts(tenantId: string, q: string) {
  return useQuery(memberCountsQueryOptions(tenantId, q));
}
