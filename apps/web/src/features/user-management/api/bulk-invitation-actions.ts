import type { Schemas } from '@cloudhub/api-client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { unwrap } from '../../../lib/api/api-error';
import { api } from '../../../lib/api/client';
import { userManagementKeys } from './query-keys';

export type BulkResendResult = Schemas['InvitationBulkResendResultDto'];
export type BulkDeleteResult = Schemas['InvitationBulkDeleteResultDto'];
export type ExpiredResendResult = Schemas['ExpiredInvitationsResendResultDto'];
export type BulkResendOutcome = Schemas['InvitationBulkResendOutcome'];
export type BulkDeleteOutcome = Schemas['InvitationBulkDeleteOutcome'];

interface BulkInput {
  tenantId: string;
  ids: string[];
  /** True: only what would happen and what it costs; nothing is sent, deleted or counted. */
  dryRun: boolean;
}

export async function resendInvitations({ tenantId, ids, dryRun }: BulkInput): Promise<BulkResendResult> {
  return unwrap(
    await api.POST('/api/tenants/{tenantId}/invitations/bulk-resend', {
      params: { path: { tenantId } },
      body: { ids, dryRun },
    }),
  );
}

export async function deleteInvitations({ tenantId, ids, dryRun }: BulkInput): Promise<BulkDeleteResult> {
  return unwrap(
    await api.POST('/api/tenants/{tenantId}/invitations/bulk-delete', {
      params: { path: { tenantId } },
      body: { ids, dryRun },
    }),
  );
}

export async function resendExpiredInvitations({
  tenantId,
  dryRun,
}: Omit<BulkInput, 'ids'>): Promise<ExpiredResendResult> {
  return unwrap(
    await api.POST('/api/tenants/{tenantId}/invitations/resend-expired', {
      params: { path: { tenantId } },
      body: { dryRun },
    }),
  );
}

/**
 * A bulk action as a mutation: the dry run and the real one alike. The caches are left alone while its dialog
 * is open (rows leaving the table would end the selection the dialog belongs to); the dialog reads them again
 * when it closes, through {@link useRefreshAfterBulkAction}.
 */
const useBulkMutation = <Input, Result>(request: (input: Input) => Promise<Result>) =>
  useMutation({ mutationFn: request });

export const useResendInvitations = () => useBulkMutation(resendInvitations);
export const useDeleteInvitations = () => useBulkMutation(deleteInvitations);
export const useResendExpiredInvitations = () => useBulkMutation(resendExpiredInvitations);

/**
 * After a bulk action ran (a failed one may have done part of its work): the table, its counts, the quota,
 * the roles' open-invitation counts and the activity are read again.
 */
export function useRefreshAfterBulkAction() {
  const queryClient = useQueryClient();
  return (tenantId: string) =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: userManagementKeys.invitations(tenantId) }),
      queryClient.invalidateQueries({ queryKey: userManagementKeys.roles(tenantId) }),
      queryClient.invalidateQueries({ queryKey: userManagementKeys.auditEvents(tenantId) }),
    ]);
}
