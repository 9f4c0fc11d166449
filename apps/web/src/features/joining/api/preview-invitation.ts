import type { Schemas } from '@cloudhub/api-client';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { unwrap } from '../../../lib/api/api-error';
import { api } from '../../../lib/api/client';

export type InvitationPreview = Schemas['InvitationPreviewDto'];
export type InvitationRole = Schemas['PreviewRoleDto'];
export type Inviter = Schemas['InviterDto'];

export const invitationPreviewKey = ['invitation-preview'] as const;

export async function previewInvitation(token: string): Promise<InvitationPreview> {
  return unwrap(await api.POST('/api/invitations/preview', { body: { token } }));
}

export const invitationPreviewQueryOptions = (token: string) =>
  queryOptions({
    queryKey: [...invitationPreviewKey, token],
    queryFn: () => previewInvitation(token),
    staleTime: 60_000,
    // Logging in empties the cache; the page keeps showing the invitation while it is read again.
    placeholderData: keepPreviousData,
  });

export function useInvitationPreview(token: string) {
  return useQuery(invitationPreviewQueryOptions(token));
}
