import type { Schemas } from '@cloudhub/api-client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { unwrap } from '../../../lib/api/api-error';
import { api } from '../../../lib/api/client';
import { customerSettingsQueryKey, type CustomerSettings } from '../../../lib/customers/customer-settings';

export type CustomerSettingsChanges = Schemas['UpdateCustomerSettingsDto'];

export async function updateCustomerSettings({
  tenantId,
  changes,
}: {
  tenantId: string;
  changes: CustomerSettingsChanges;
}): Promise<CustomerSettings> {
  return unwrap(await api.PATCH('/api/tenants/{tenantId}/settings', { params: { path: { tenantId } }, body: changes }));
}

export function useUpdateCustomerSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateCustomerSettings,
    onSuccess: async (settings, { tenantId }) => {
      // The customer's other pages may show the change (its activity log does): read again when next shown.
      await queryClient.invalidateQueries({ queryKey: ['tenants', tenantId], refetchType: 'none' });
      queryClient.setQueryData(customerSettingsQueryKey(tenantId), settings);
    },
  });
}
