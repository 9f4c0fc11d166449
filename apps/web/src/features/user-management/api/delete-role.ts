import { useMutation, useQueryClient } from '@tanstack/react-query';
import { unwrap } from '../../../lib/api/api-error';
import { api } from '../../../lib/api/client';
import { invalidateRights } from './invalidate-rights';

export async function deleteRole({ tenantId, roleId }: { tenantId: string; roleId: string }): Promise<void> {
  unwrap(await api.DELETE('/api/tenants/{tenantId}/roles/{roleId}', { params: { path: { tenantId, roleId } } }));
}

/** The role is taken from its members and drops out of open invitations. */
export function useDeleteRole() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteRole,
    onSuccess: (_nothing, { tenantId }) => invalidateRights(queryClient, tenantId),
  });
}
