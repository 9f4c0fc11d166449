import { useMutation, useQueryClient, type InfiniteData } from '@tanstack/react-query';
import { unwrap } from '../../../lib/api/api-error';
import { api } from '../../../lib/api/client';
import type { Invitation, InvitationPage } from './list-invitations';
import { userManagementKeys } from './query-keys';

interface ResendInput {
  tenantId: string;
  invitationId: string;
}

export async function resendInvitation({ tenantId, invitationId }: ResendInput): Promise<Invitation> {
  return unwrap(
    await api.POST('/api/tenants/{tenantId}/invitations/{invitationId}/resend', {
      params: { path: { tenantId, invitationId } },
    }),
  );
}

/**
 * A new link with a fresh lifetime: the row shows it at once (a reopened one leaves the revoked list), then
 * the invitations, the quota and the activity are read again.
 */
export function useResendInvitation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: resendInvitation,
    onSuccess: (resent, { tenantId }) => {
      queryClient.setQueriesData<InfiniteData<InvitationPage>>(
        { queryKey: [...userManagementKeys.invitations(tenantId), 'list'] },
        (data) =>
          data && {
            ...data,
            pages: data.pages.map((page) => ({
              ...page,
              items: page.items.flatMap((invitation) => {
                if (invitation.id !== resent.id) return [invitation];
                return invitation.status === 'revoked' ? [] : [resent];
              }),
            })),
          },
      );
    },
    // A refused resend (quota, or the invitation was accepted meanwhile) changes what is true as well.
    onSettled: (_resent, _error, { tenantId }) =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: userManagementKeys.invitations(tenantId) }),
        queryClient.invalidateQueries({ queryKey: userManagementKeys.auditEvents(tenantId) }),
      ]),
  });
}
