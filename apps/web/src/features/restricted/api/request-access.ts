import type { Schemas } from '@cloudhub/api-client';
import { useMutation } from '@tanstack/react-query';
import { unwrap } from '../../../lib/api/api-error';
import { api } from '../../../lib/api/client';

export type AccessRequested = Schemas['AccessRequestDto'];

/** A member without rights asks the customer's admins for some; they get an e-mail linking to the member. */
export async function requestAccess({
  tenantId,
  message,
}: {
  tenantId: string;
  message: string;
}): Promise<AccessRequested> {
  const body = message.trim() ? { message: message.trim() } : {};
  return unwrap(await api.POST('/api/tenants/{tenantId}/access-requests', { params: { path: { tenantId } }, body }));
}

export function useRequestAccess() {
  return useMutation({ mutationFn: requestAccess });
}
