import type { Schemas } from '@cloudhub/api-client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { unwrap } from '../../../lib/api/api-error';
import { api } from '../../../lib/api/client';
import { accessTokenSession } from '../../../lib/session/session';

export type Credentials = Schemas['LoginDto'];

export async function login(credentials: Credentials): Promise<void> {
  const { accessToken } = unwrap(await api.POST('/api/auth/login', { body: credentials }));
  accessTokenSession.start(accessToken);
}

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: login,
    // Whatever was cached belonged to the session before this one.
    onSuccess: () => queryClient.clear(),
  });
}
