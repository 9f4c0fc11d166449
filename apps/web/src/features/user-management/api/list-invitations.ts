import type { Schemas } from '@cloudhub/api-client';
import { infiniteQueryOptions, keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { unwrap } from '../../../lib/api/api-error';
import { api } from '../../../lib/api/client';
import { userManagementKeys, type InvitationFilter } from './query-keys';

export type Invitation = Schemas['InvitationDto'];
export type InvitationPage = Schemas['InvitationListDto'];
export type InvitationStatus = Schemas['InvitationStatus'];
export type DeliveryState = Schemas['DeliveryState'];
export type InvitationSort = Schemas['InvitationSort'];

export const INVITATIONS_PAGE_SIZE = 25;

export async function listInvitations(
  tenantId: string,
  filter: InvitationFilter,
  cursor: string | undefined,
  limit = INVITATIONS_PAGE_SIZE,
): Promise<InvitationPage> {
  return unwrap(
    await api.GET('/api/tenants/{tenantId}/invitations', {
      params: { path: { tenantId }, query: { ...invitationQueryOf(filter), cursor, limit } },
    }),
  );
}

/** The filter as the API's query: empty values left out. */
export function invitationQueryOf({ status, delivery, roleId, inviterId, q, sort }: InvitationFilter) {
  return { status, delivery, role: roleId, inviterId, q: q || undefined, sort };
}

/** Open (or revoked) invitations in the asked order, in keyset pages. */
export const invitationsQueryOptions = (tenantId: string, filter: InvitationFilter) =>
  infiniteQueryOptions({
    queryKey: userManagementKeys.invitationList(tenantId, filter),
    queryFn: ({ pageParam }) => listInvitations(tenantId, filter, pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
    // Delivery moves from queued to sent (or failed) within seconds of sending.
    refetchInterval: (query) =>
      query.state.data?.pages.some((page) => page.items.some((invitation) => invitation.delivery === 'queued'))
        ? 3_000
        : false,
  });

export function useInvitations(tenantId: string, filter: InvitationFilter) {
  return useInfiniteQuery(invitationsQueryOptions(tenantId, filter));
}
