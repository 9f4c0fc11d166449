import type { Schemas } from '@cloudhub/api-client';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { unwrap } from '../api/api-error';
import { api } from '../api/client';

export type CustomerSettings = Schemas['CustomerSettingsDto'];

/** Below the customer's `['tenants', tenantId]` family, like every query of one customer. */
export const customerSettingsQueryKey = (tenantId: string) => ['tenants', tenantId, 'settings'] as const;

export async function getCustomerSettings(tenantId: string): Promise<CustomerSettings> {
  return unwrap(await api.GET('/api/tenants/{tenantId}/settings', { params: { path: { tenantId } } }));
}

/**
 * Shared: the Customer settings page edits them, and the invite dialogs name the default language from
 * them. Admins only (the API answers 403 to anyone else). Read again whenever a page or dialog that shows
 * them opens, since another admin may have changed them.
 */
export const customerSettingsQueryOptions = (tenantId: string) =>
  queryOptions({
    queryKey: customerSettingsQueryKey(tenantId),
    queryFn: () => getCustomerSettings(tenantId),
    staleTime: 0,
  });

export function useCustomerSettings(tenantId: string) {
  return useQuery(customerSettingsQueryOptions(tenantId));
}
