import type { Schemas } from '@cloudhub/api-client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { unwrap } from '../../../lib/api/api-error';
import { api } from '../../../lib/api/client';
import { invalidateRights } from './invalidate-rights';
import type { Role } from './list-roles';

export type RoleChanges = Schemas['UpdateRoleDto'];

interface UpdateRoleInput {
  tenantId: string;
  roleId: string;
  changes: RoleChanges;
}

export async function updateRole({ tenantId, roleId, changes }: UpdateRoleInput): Promise<Role> {
  return unwrap(
    await api.PATCH('/api/tenants/{tenantId}/roles/{roleId}', {
      params: { path: { tenantId, roleId } },
      body: changes,
    }),
  );
}

export function useUpdateRole() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateRole,
    onSuccess: (_role, { tenantId }) => invalidateRights(queryClient, tenantId),
  });
}
