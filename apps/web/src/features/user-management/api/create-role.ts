import type { Schemas } from '@cloudhub/api-client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { unwrap } from '../../../lib/api/api-error';
import { api } from '../../../lib/api/client';
import type { Role } from './list-roles';
import { userManagementKeys } from './query-keys';

export type NewRole = Schemas['CreateRoleDto'];

export async function createRole({ tenantId, role }: { tenantId: string; role: NewRole }): Promise<Role> {
  return unwrap(await api.POST('/api/tenants/{tenantId}/roles', { params: { path: { tenantId } }, body: role }));
}

/** A new role has no members yet, so only the roles are read again. */
export function useCreateRole() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createRole,
    onSuccess: (_role, { tenantId }) => queryClient.invalidateQueries({ queryKey: userManagementKeys.roles(tenantId) }),
  });
}
