import type { Schemas } from '@cloudhub/api-client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { unwrap } from '../api/api-error';
import { api } from '../api/client';
import { meQueryKey, type Me } from './get-me';

export type ProfileChanges = Schemas['UpdateMeDto'];

export async function updateMe(changes: ProfileChanges): Promise<Me> {
  return unwrap(await api.PATCH('/api/me', { body: changes }));
}

export function useUpdateMe() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateMe,
    onSuccess: async (me) => {
      queryClient.setQueryData(meQueryKey, me);
      // FAQs come in the user's language.
      await queryClient.invalidateQueries({ queryKey: ['faqs'] });
    },
  });
}
