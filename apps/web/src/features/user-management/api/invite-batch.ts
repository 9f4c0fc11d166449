import type { Schemas } from '@cloudhub/api-client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { unwrap } from '../../../lib/api/api-error';
import { api } from '../../../lib/api/client';
import { userManagementKeys } from './query-keys';

export type InvitationBatch = Schemas['InvitationBatchDto'];
export type InvitationBatchRow = Schemas['InvitationBatchRowDto'];
export type InvitationBatchResult = Schemas['InvitationBatchResultDto'];
export type InvitationBatchRowResult = Schemas['InvitationBatchRowResultDto'];
export type InvitationBatchOutcome = Schemas['InvitationBatchOutcome'];

export async function inviteBatch({
  tenantId,
  batch,
}: {
  tenantId: string;
  batch: InvitationBatch;
}): Promise<InvitationBatchResult> {
  return unwrap(
    await api.POST('/api/tenants/{tenantId}/invitations/batch', { params: { path: { tenantId } }, body: batch }),
  );
}

/**
 * The dry run and the send: one mutation each, so the dry run's answer stays on screen while the rows are sent.
 * Only a real send changes the table, the quota and the roles' open-invitation counts.
 */
export function useInviteBatch() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: inviteBatch,
    onSettled: (_result, _error, { tenantId, batch }) =>
      batch.dryRun
        ? undefined
        : Promise.all([
            queryClient.invalidateQueries({ queryKey: userManagementKeys.invitations(tenantId) }),
            queryClient.invalidateQueries({ queryKey: userManagementKeys.roles(tenantId) }),
          ]),
  });
}
