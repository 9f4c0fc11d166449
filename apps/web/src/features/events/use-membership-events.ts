import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { accessTokenSession } from '../../lib/session/session';
import { openMembershipEventStream } from './membership-event-stream';
import { refreshRights } from './refresh-rights';

let shared: { close: () => void; users: number } | undefined;

/** One stream per tab, however many components ask for it. */
function joinSharedStream(queryClient: QueryClient): () => void {
  if (!shared) {
    shared = {
      users: 0,
      close: openMembershipEventStream({
        session: accessTokenSession,
        onConnected: (since) => void refreshRights(queryClient, { tenantId: null, since }),
        onEvent: ({ tenantId }) => void refreshRights(queryClient, { tenantId }),
      }),
    };
  }
  const stream = shared;
  stream.users += 1;
  return () => {
    stream.users -= 1;
    if (stream.users === 0) {
      stream.close();
      if (shared === stream) shared = undefined;
    }
  };
}

/**
 * Keeps the logged-in pages in step with changes of the user's memberships made elsewhere (an admin gives
 * a role, another tab leaves a customer): each change re-reads the rights, without a reload.
 */
export function useMembershipEvents(): void {
  const queryClient = useQueryClient();
  useEffect(() => joinSharedStream(queryClient), [queryClient]);
}
