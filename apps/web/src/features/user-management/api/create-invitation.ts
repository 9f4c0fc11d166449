import type { Schemas } from '@cloudhub/api-client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { unwrap } from '../../../lib/api/api-error';
import { api } from '../../../lib/api/client';
import type { Invitation } from './list-invitations';
import { userManagementKeys } from './query-keys';

export type NewInvitation = Schemas['CreateInvitationDto'];

export async function createInvitation({
  tenantId,
  invitation,
}: {
  tenantId: string;
  invitation: NewInvitation;
}): Promise<Invitation> {
  return unwrap(
    await api.POST('/api/tenants/{tenantId}/invitations', { params: { path: { tenantId } }, body: invitation }),
  );
}

/** A sent invitation changes the table, the quota and the roles' open-invitation counts. */
export function useCreateInvitation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createInvitation,
    onSettled: (_invitation, _error, { tenantId }) =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: userManagementKeys.invitations(tenantId) }),
        queryClient.invalidateQueries({ queryKey: userManagementKeys.roles(tenantId) }),
      ]),
  });
}
