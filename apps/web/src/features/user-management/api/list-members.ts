import type { Schemas } from '@cloudhub/api-client';
import { infiniteQueryOptions, keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { unwrap } from '../../../lib/api/api-error';
import { api } from '../../../lib/api/client';
import { userManagementKeys, type MemberFilter } from './query-keys';

export type Member = Schemas['MemberDto'];
export type MemberPage = Schemas['MemberListDto'];

export const MEMBERS_PAGE_SIZE = 25;

export async function listMembers(
  tenantId: string,
  filter: MemberFilter,
  cursor: string | undefined,
  limit = MEMBERS_PAGE_SIZE,
): Promise<MemberPage> {
  return unwrap(
    await api.GET('/api/tenants/{tenantId}/members', {
      params: { path: { tenantId }, query: { ...memberSelection(filter), cursor, limit } },
    }),
  );
}

/** The filter as the list and the export take it: an empty search is no search. */
export const memberSelection = ({ q, role, sort }: MemberFilter) => ({ q: q || undefined, role, sort });

/** Keyset pages: "Load more" asks for the page after the last one's `nextCursor`. */
export const membersQueryOptions = (tenantId: string, filter: MemberFilter) =>
  infiniteQueryOptions({
    queryKey: userManagementKeys.memberList(tenantId, filter),
    queryFn: ({ pageParam }) => listMembers(tenantId, filter, pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
    // While a new search loads, the previous rows stay (dimmed) instead of a flash of "Loading…".
    placeholderData: keepPreviousData,
  });

export function useMembers(tenantId: string, filter: MemberFilter) {
  return useInfiniteQuery(membersQueryOptions(tenantId, filter));
}
