import type { Schemas } from '@cloudhub/api-client';
import type { ContentArea } from '@cloudhub/permissions';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { unwrap } from '../../../lib/api/api-error';
import { api } from '../../../lib/api/client';

export type AreaRecord = Schemas['AreaRecordDto'];

// The five demo areas answer the same shape, so one fetcher serves them all.
const AREA_ENDPOINTS = {
  orders: '/api/tenants/{tenantId}/orders',
  invoices: '/api/tenants/{tenantId}/invoices',
  devices: '/api/tenants/{tenantId}/devices',
  documents: '/api/tenants/{tenantId}/documents',
  reports: '/api/tenants/{tenantId}/reports',
} as const satisfies Record<ContentArea, string>;

export async function listAreaRecords(tenantId: string, area: ContentArea): Promise<AreaRecord[]> {
  const { items } = unwrap(await api.GET(AREA_ENDPOINTS[area], { params: { path: { tenantId } } }));
  return items;
}

export const areaRecordsQueryOptions = (tenantId: string, area: ContentArea) =>
  queryOptions({
    queryKey: ['tenants', tenantId, 'areas', area],
    queryFn: () => listAreaRecords(tenantId, area),
  });

export function useAreaRecords(tenantId: string, area: ContentArea) {
  return useQuery(areaRecordsQueryOptions(tenantId, area));
}
