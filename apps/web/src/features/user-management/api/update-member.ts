import type { Schemas } from '@cloudhub/api-client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { unwrap } from '../../../lib/api/api-error';
import { api } from '../../../lib/api/client';
import { invalidateRights } from './invalidate-rights';
import type { Member } from './list-members';

export type MemberChanges = Schemas['UpdateMemberDto'];

interface UpdateMemberInput {
  tenantId: string;
  userId: string;
  changes: MemberChanges;
}

export async function updateMember({ tenantId, userId, changes }: UpdateMemberInput): Promise<Member> {
  return unwrap(
    await api.PATCH('/api/tenants/{tenantId}/members/{userId}', {
      params: { path: { tenantId, userId } },
      body: changes,
    }),
  );
}

/** The member's roles from now on; when it is the caller, `/api/me` is read again so the UI follows. */
export function useUpdateMember() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateMember,
    onSuccess: (_member, { tenantId }) => invalidateRights(queryClient, tenantId),
  });
}
