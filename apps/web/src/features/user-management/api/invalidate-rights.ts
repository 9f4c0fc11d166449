import type { QueryClient } from '@tanstack/react-query';
import { meQueryKey } from '../../../lib/me/get-me';
import { userManagementKeys } from './query-keys';

/**
 * A change of roles or memberships can change anyone's rights, the admin's own included: the roles (with
 * their counts), the members and invitations that show role names, and the caller's own permissions
 * (`/api/me`, which the sidebar and the page guards read) are read again.
 */
export async function invalidateRights(queryClient: QueryClient, tenantId: string): Promise<void> {
  await Promise.all([
    queryClient.invalidateQueries({ queryKey: userManagementKeys.roles(tenantId) }),
    queryClient.invalidateQueries({ queryKey: userManagementKeys.members(tenantId) }),
    queryClient.invalidateQueries({ queryKey: userManagementKeys.invitations(tenantId) }),
    queryClient.invalidateQueries({ queryKey: meQueryKey }),
  ]);
}
