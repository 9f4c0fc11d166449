import type { Schemas } from '@cloudhub/api-client';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { unwrap } from '../../../lib/api/api-error';
import { api } from '../../../lib/api/client';

export type DevMailMessage = Schemas['DevMailMessageDto'];

export async function listDevMailbox(to: string): Promise<DevMailMessage[]> {
  return unwrap(await api.GET('/api/dev/mailbox', { params: { query: to ? { to } : {} } }));
}

export const devMailboxQueryOptions = (to: string) =>
  queryOptions({
    queryKey: ['dev-mailbox', to],
    queryFn: () => listDevMailbox(to),
    // New mail shows up by itself while the page is open.
    refetchInterval: 5_000,
    placeholderData: keepPreviousData,
  });

export function useDevMailbox(to: string) {
  return useQuery(devMailboxQueryOptions(to));
}
