import type { Schemas } from '@cloudhub/api-client';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { unwrap } from '../../../lib/api/api-error';
import { api } from '../../../lib/api/client';
import { userManagementKeys } from './query-keys';

export type RoleImpact = Schemas['RoleImpactDto'];

export async function getRoleImpact(tenantId: string, roleId: string): Promise<RoleImpact> {
  return unwrap(
    await api.GET('/api/tenants/{tenantId}/roles/{roleId}/impact', { params: { path: { tenantId, roleId } } }),
  );
}

/** Read fresh each time a confirmation asks for it: the counts must be those of the moment. */
export const roleImpactQueryOptions = (tenantId: string, roleId: string) =>
  queryOptions({
    queryKey: userManagementKeys.roleImpact(tenantId, roleId),
    queryFn: () => getRoleImpact(tenantId, roleId),
    staleTime: 0,
    gcTime: 0,
  });

export function useRoleImpact(tenantId: string, roleId: string) {
  return useQuery(roleImpactQueryOptions(tenantId, roleId));
}
