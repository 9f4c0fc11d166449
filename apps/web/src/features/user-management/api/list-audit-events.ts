import type { Schemas } from '@cloudhub/api-client';
import { infiniteQueryOptions, keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { unwrap } from '../../../lib/api/api-error';
import { api } from '../../../lib/api/client';
import { userManagementKeys, type AuditEventFilter } from './query-keys';

export type AuditEvent = Schemas['AuditEventDto'];
export type AuditEventPage = Schemas['AuditEventListDto'];
export type AuditAction = Schemas['AuditAction'];
export type AuditKind = Schemas['AuditKind'];

export const AUDIT_EVENTS_PAGE_SIZE = 25;

export async function listAuditEvents(
  tenantId: string,
  { kind, actor, target }: AuditEventFilter,
  cursor: string | undefined,
  limit = AUDIT_EVENTS_PAGE_SIZE,
): Promise<AuditEventPage> {
  return unwrap(
    await api.GET('/api/tenants/{tenantId}/audit-events', {
      params: { path: { tenantId }, query: { kind, actor, target, cursor, limit } },
    }),
  );
}

/** The customer's audit log, newest first, in keyset pages. */
export const auditEventsQueryOptions = (tenantId: string, filter: AuditEventFilter) =>
  infiniteQueryOptions({
    queryKey: userManagementKeys.auditEventList(tenantId, filter),
    queryFn: ({ pageParam }) => listAuditEvents(tenantId, filter, pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
    // Every change of rights anywhere adds to the log: opening the tab always reads it again.
    staleTime: 0,
  });

export function useAuditEvents(tenantId: string, filter: AuditEventFilter) {
  return useInfiniteQuery(auditEventsQueryOptions(tenantId, filter));
}
