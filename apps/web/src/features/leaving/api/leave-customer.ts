import { useMutation } from '@tanstack/react-query';
import { unwrap } from '../../../lib/api/api-error';
import { api } from '../../../lib/api/client';

export interface LeaveCustomerInput {
  tenantId: string;
  /** The member who takes over as administrator: needed when the user is the customer's last admin. */
  successorId?: string;
}

/** Ends the user's own access to a customer at once (the account stays); the customer's admins are e-mailed. */
export async function leaveCustomer({ tenantId, successorId }: LeaveCustomerInput): Promise<void> {
  unwrap(
    await api.DELETE('/api/me/memberships/{tenantId}', {
      params: { path: { tenantId }, query: successorId === undefined ? {} : { successorId } },
    }),
  );
}

export function useLeaveCustomer() {
  return useMutation({ mutationFn: leaveCustomer });
}
