import type { Schemas } from '@cloudhub/api-client';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { unwrap } from '../../../lib/api/api-error';
import { api } from '../../../lib/api/client';
import { userManagementKeys } from './query-keys';

export type InvitationQuota = Schemas['InvitationQuotaDto'];

export async function getInvitationQuota(tenantId: string): Promise<InvitationQuota> {
  return unwrap(await api.GET('/api/tenants/{tenantId}/invitations/quota', { params: { path: { tenantId } } }));
}

/** The caller's own invitation e-mails left in the last 24 hours; read fresh whenever the dialog opens. */
export const invitationQuotaQueryOptions = (tenantId: string) =>
  queryOptions({
    queryKey: userManagementKeys.invitationQuota(tenantId),
    queryFn: () => getInvitationQuota(tenantId),
    staleTime: 0,
  });

export function useInvitationQuota(tenantId: string) {
  return useQuery(invitationQuotaQueryOptions(tenantId));
}
