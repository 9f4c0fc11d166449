import { useMutation } from '@tanstack/react-query';
import { unwrap } from '../../../lib/api/api-error';
import { api } from '../../../lib/api/client';
import { fileNameFrom, saveFile } from '../../../lib/save-file';
import { invitationQueryOf } from './list-invitations';
import type { InvitationFilter } from './query-keys';

/** Every invitation the filter selects, in its order, as a CSV file the browser saves. */
export async function exportInvitations(tenantId: string, filter: InvitationFilter): Promise<void> {
  const result = await api.GET('/api/tenants/{tenantId}/invitations/export', {
    params: { path: { tenantId }, query: invitationQueryOf(filter) },
    parseAs: 'blob',
  });
  saveFile(unwrap(result), fileNameFrom(result.response, 'invitations.csv'));
}

export function useExportInvitations() {
  return useMutation({
    mutationFn: ({ tenantId, filter }: { tenantId: string; filter: InvitationFilter }) =>
      exportInvitations(tenantId, filter),
  });
}
