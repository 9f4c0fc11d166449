import type { Schemas } from '@cloudhub/api-client';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { ApiError, unwrap } from '../../../lib/api/api-error';
import { api } from '../../../lib/api/client';
import { userManagementKeys } from './query-keys';

export type InvitationLookup = Schemas['InvitationLookupDto'];

/** Where the invitation a link points at stands; `gone` when this customer has no such invitation. */
export async function getInvitation(tenantId: string, invitationId: string): Promise<InvitationLookup | 'gone'> {
  try {
    return unwrap(
      await api.GET('/api/tenants/{tenantId}/invitations/{invitationId}', {
        params: { path: { tenantId, invitationId } },
      }),
    );
  } catch (error) {
    if (error instanceof ApiError && error.code === 'invitation_not_found') return 'gone';
    throw error;
  }
}

export const invitationQueryOptions = (tenantId: string, invitationId: string) =>
  queryOptions({
    queryKey: userManagementKeys.invitation(tenantId, invitationId),
    queryFn: () => getInvitation(tenantId, invitationId),
  });

export function useLinkedInvitation(tenantId: string, invitationId: string | undefined) {
  return useQuery({ ...invitationQueryOptions(tenantId, invitationId ?? ''), enabled: invitationId !== undefined });
}
