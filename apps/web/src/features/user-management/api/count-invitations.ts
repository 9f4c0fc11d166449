import type { Schemas } from '@cloudhub/api-client';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { unwrap } from '../../../lib/api/api-error';
import { api } from '../../../lib/api/client';
import { userManagementKeys, type InvitationCountFilter } from './query-keys';

export type InvitationCounts = Schemas['InvitationCountsDto'];

export async function countInvitations(tenantId: string, { roleId, inviterId, q }: InvitationCountFilter) {
  return unwrap(
    await api.GET('/api/tenants/{tenantId}/invitations/counts', {
      params: { path: { tenantId }, query: { role: roleId, inviterId, q: q || undefined } },
    }),
  );
}

/** The counts on the status filters and the tab; read again with the invitations after every change. */
export const invitationCountsQueryOptions = (tenantId: string, filter: InvitationCountFilter) =>
  queryOptions({
    queryKey: userManagementKeys.invitationCounts(tenantId, filter),
    queryFn: () => countInvitations(tenantId, filter),
    placeholderData: keepPreviousData,
  });

export function useInvitationCounts(tenantId: string, filter: InvitationCountFilter) {
  return useQuery(invitationCountsQueryOptions(tenantId, filter));
}
