import type { Schemas } from '@cloudhub/api-client';
import { useMutation } from '@tanstack/react-query';
import { unwrap } from '../../../lib/api/api-error';
import { api } from '../../../lib/api/client';

export type RenewalRequested = Schemas['RenewalRequestedDto'];

/** Expired links: e-mails the inviting admin, who can resend with one click. */
export async function requestInvitationRenewal(token: string): Promise<RenewalRequested> {
  return unwrap(await api.POST('/api/invitations/renewal-request', { body: { token } }));
}

export function useRequestInvitationRenewal() {
  return useMutation({ mutationFn: requestInvitationRenewal });
}
