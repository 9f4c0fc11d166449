import type { QueryClient, QueryKey } from '@tanstack/react-query';
import { meQueryKey } from '../../lib/me/get-me';

/** Data that a change of rights can change: the user's memberships and everything below `['tenants', id]`. */
function dependsOnRights(queryKey: QueryKey, tenantId: string | null): boolean {
  if (queryKey[0] === meQueryKey[0]) return true;
  return queryKey[0] === 'tenants' && (tenantId === null || queryKey[1] === tenantId);
}

/**
 * Reads again what a membership change may have changed: `/api/me` (sidebar, banner, tour, page guards)
 * and the queries of that customer (`tenantId` null: of every customer). Only data older than `since`
 * is read again, so a stream that opens just after the page loaded does not load it twice.
 */
export async function refreshRights(
  queryClient: QueryClient,
  { tenantId, since }: { tenantId: string | null; since?: number },
): Promise<void> {
  await queryClient.invalidateQueries({
    predicate: (query) =>
      dependsOnRights(query.queryKey, tenantId) && (since === undefined || query.state.dataUpdatedAt < since),
  });
}
