import type { Schemas } from '@cloudhub/api-client';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { unwrap } from '../../../lib/api/api-error';
import { api } from '../../../lib/api/client';
import { userManagementKeys } from './query-keys';

export type Role = Schemas['RoleDto'];

/** A customer's roles fit on one page (the API says so: `nextCursor` is always null). */
export async function listRoles(tenantId: string): Promise<Role[]> {
  const { items } = unwrap(await api.GET('/api/tenants/{tenantId}/roles', { params: { path: { tenantId } } }));
  return items;
}

export const rolesQueryOptions = (tenantId: string) =>
  queryOptions({ queryKey: userManagementKeys.roleList(tenantId), queryFn: () => listRoles(tenantId) });

export function useRoles(tenantId: string) {
  return useQuery(rolesQueryOptions(tenantId));
}
