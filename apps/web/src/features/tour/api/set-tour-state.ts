import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { unwrap } from '../../../lib/api/api-error';
import { api } from '../../../lib/api/client';
import { meQueryKey, type Me } from '../../../lib/me/get-me';

export interface TourState {
  tenantId: string;
  /** true: finished or skipped, not shown again (on any device); false: show it again. */
  done: boolean;
}

export async function setTourState({ tenantId, done }: TourState): Promise<void> {
  unwrap(await api.PUT('/api/me/memberships/{tenantId}/tour', { params: { path: { tenantId } }, body: { done } }));
}

function showTour(queryClient: QueryClient, { tenantId, done }: TourState): void {
  queryClient.setQueryData<Me>(meQueryKey, (me) =>
    me
      ? {
          ...me,
          memberships: me.memberships.map((membership) =>
            membership.tenantId === tenantId ? { ...membership, tourPending: !done } : membership,
          ),
        }
      : me,
  );
}

/** The tour closes (or opens again) at once; should the API refuse, the truth is read again. */
export function useSetTourState() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: setTourState,
    onMutate: async (state) => {
      await queryClient.cancelQueries({ queryKey: meQueryKey });
      showTour(queryClient, state);
    },
    onError: () => queryClient.invalidateQueries({ queryKey: meQueryKey }),
  });
}
