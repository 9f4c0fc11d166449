import { useMutation, useQueryClient } from '@tanstack/react-query';
import { unwrap } from '../../../lib/api/api-error';
import { api } from '../../../lib/api/client';
import { invalidateRights } from './invalidate-rights';

export async function removeMember({ tenantId, userId }: { tenantId: string; userId: string }): Promise<void> {
  unwrap(await api.DELETE('/api/tenants/{tenantId}/members/{userId}', { params: { path: { tenantId, userId } } }));
}

/** Access ends at once; the roles' member counts change too. */
export function useRemoveMember() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: removeMember,
    onSuccess: (_nothing, { tenantId }) => invalidateRights(queryClient, tenantId),
  });
}
