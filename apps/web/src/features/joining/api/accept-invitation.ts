import type { Schemas } from '@cloudhub/api-client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { unwrap } from '../../../lib/api/api-error';
import { api } from '../../../lib/api/client';
import { meQueryKey } from '../../../lib/me/get-me';

export type AcceptedInvitation = Schemas['AcceptedInvitationDto'];

/** Joins the customer with the logged-in account; the API refuses it for any other address than the invited one. */
export async function acceptInvitation(token: string): Promise<AcceptedInvitation> {
  return unwrap(await api.POST('/api/invitations/accept', { body: { token } }));
}

export function useAcceptInvitation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: acceptInvitation,
    // The new membership: the customer's pages read /api/me before they render.
    onSuccess: () => queryClient.removeQueries({ queryKey: meQueryKey }),
  });
}
