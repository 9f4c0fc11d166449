import type { Schemas } from '@cloudhub/api-client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { unwrap } from '../../../lib/api/api-error';
import { api } from '../../../lib/api/client';
import { accessTokenSession } from '../../../lib/session/session';
import { invitationPreviewKey } from './preview-invitation';

export type Registration = Schemas['RegisterThroughInvitationDto'];

/** Creates the account for the invited address and joins; the answer logs the new user in, as login does. */
export async function registerThroughInvitation(registration: Registration): Promise<void> {
  const { accessToken } = unwrap(await api.POST('/api/invitations/register', { body: registration }));
  accessTokenSession.start(accessToken);
}

export function useRegisterThroughInvitation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: registerThroughInvitation,
    // Whatever was cached belonged to no one or to the session before this one.
    onSuccess: () => queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== invitationPreviewKey[0] }),
  });
}
