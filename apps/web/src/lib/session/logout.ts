import { useMutation } from '@tanstack/react-query';
import { unwrap } from '../api/api-error';
import { api } from '../api/client';
import { accessTokenSession } from './session';

/** Ends the session here even when the API cannot be reached; the app then leaves for the login page. */
export async function logout(): Promise<void> {
  try {
    unwrap(await api.POST('/api/auth/logout'));
  } finally {
    accessTokenSession.end('logout');
  }
}

export function useLogout() {
  return useMutation({ mutationFn: logout });
}
