import { useMutation } from '@tanstack/react-query';
import { unwrap } from '../../../lib/api/api-error';
import { api } from '../../../lib/api/client';

/** Ends the user's own access to a customer at once (the account stays); the customer's admins are e-mailed. */
export async function leaveCustomer(tenantId: string): Promise<void> {
  unwrap(await api.DELETE('/api/me/memberships/{tenantId}', { params: { path: { tenantId } } }));
}

export function useLeaveCustomer() {
  return useMutation({ mutationFn: leaveCustomer });
}
