import type { Schemas } from '@cloudhub/api-client';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { PAGE_LIMIT_MAX } from '@cloudhub/validation-limits';
import { unwrap } from '../../../lib/api/api-error';
import { api } from '../../../lib/api/client';
import { userManagementKeys } from './query-keys';

export type Inviter = Pick<Schemas['MemberDto'], 'userId' | 'name' | 'email'>;

/**
 * Who can have sent invitations: the customer's admins, for the inviter filter. One page of members, sorted by
 * name, is enough for the admins of any customer we know; an inviter not among them still shows as chosen.
 */
export async function listInviters(tenantId: string): Promise<Inviter[]> {
  const page = unwrap(
    await api.GET('/api/tenants/{tenantId}/members', {
      params: { path: { tenantId }, query: { limit: PAGE_LIMIT_MAX, sort: 'name' } },
    }),
  );
  return page.items.filter((member) => member.isAdmin).map(({ userId, name, email }) => ({ userId, name, email }));
}

export const invitersQueryOptions = (tenantId: string) =>
  queryOptions({
    queryKey: [...userManagementKeys.members(tenantId), 'inviters'] as const,
    queryFn: () => listInviters(tenantId),
  });

export function useInviters(tenantId: string) {
  return useQuery(invitersQueryOptions(tenantId));
}
