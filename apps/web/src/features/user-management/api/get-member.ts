import { queryOptions, useQuery } from '@tanstack/react-query';
import { unwrap } from '../../../lib/api/api-error';
import { api } from '../../../lib/api/client';
import type { Member } from './list-members';
import { userManagementKeys } from './query-keys';

/** One member, for a link to their row; 404 `member_not_found` once they have left or been removed. */
export async function getMember(tenantId: string, userId: string): Promise<Member> {
  return unwrap(await api.GET('/api/tenants/{tenantId}/members/{userId}', { params: { path: { tenantId, userId } } }));
}

export const memberQueryOptions = (tenantId: string, userId: string) =>
  queryOptions({
    queryKey: userManagementKeys.member(tenantId, userId),
    queryFn: () => getMember(tenantId, userId),
    // A member who is gone stays gone: asking again would only delay saying so.
    retry: false,
  });

export function useMember(tenantId: string, userId: string) {
  return useQuery(memberQueryOptions(tenantId, userId));
}
