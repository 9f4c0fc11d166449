import { useMutation } from '@tanstack/react-query';
import { unwrap } from '../../../lib/api/api-error';
import { api } from '../../../lib/api/client';
import { fileNameFrom, saveFile } from '../../../lib/save-file';
import { memberSelection } from './list-members';
import type { MemberFilter } from './query-keys';

interface ExportMembersInput {
  tenantId: string;
  filter: MemberFilter;
}

/** Every member the filter selects as a CSV file, handed to the browser's save dialog. */
export async function exportMembers({ tenantId, filter }: ExportMembersInput): Promise<void> {
  const result = await api.GET('/api/tenants/{tenantId}/members/export', {
    params: { path: { tenantId }, query: memberSelection(filter) },
    parseAs: 'blob',
  });
  saveFile(unwrap(result), fileNameFrom(result.response, 'members.csv'));
}

export function useExportMembers() {
  return useMutation({ mutationFn: exportMembers });
}
