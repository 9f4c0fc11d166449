import { useMutation, useQueryClient } from '@tanstack/react-query';
import { unwrap } from '../../../lib/api/api-error';
import { api } from '../../../lib/api/client';
import { userManagementKeys } from './query-keys';

export async function deleteInvitation({ tenantId, invitationId }: { tenantId: string; invitationId: string }) {
  unwrap(
    await api.DELETE('/api/tenants/{tenantId}/invitations/{invitationId}', {
      params: { path: { tenantId, invitationId } },
    }),
  );
}

/** The link stops working; deleting gives no invitation back to the quota. */
export function useDeleteInvitation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteInvitation,
    onSuccess: (_nothing, { tenantId }) =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: userManagementKeys.invitations(tenantId) }),
        queryClient.invalidateQueries({ queryKey: userManagementKeys.roles(tenantId) }),
      ]),
  });
}
