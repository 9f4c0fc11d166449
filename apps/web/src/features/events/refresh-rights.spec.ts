import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { refreshRights } from './refresh-rights';

function clientWith(keys: readonly (readonly unknown[])[], updatedAt: number) {
  const queryClient = new QueryClient();
  for (const key of keys) queryClient.setQueryData(key, 'data', { updatedAt });
  return queryClient;
}

const stale = (queryClient: QueryClient) =>
  queryClient
    .getQueryCache()
    .findAll({ stale: true })
    .map((query) => query.queryKey)
    .filter((key) => queryClient.getQueryState(key)?.isInvalidated);

describe('refreshRights', () => {
  const keys = [['me'], ['tenants', 't1', 'areas', 'orders'], ['tenants', 't2', 'roles'], ['faqs']] as const;

  it("re-reads the user and that customer's data on a change in one customer", async () => {
    const queryClient = clientWith(keys, 1_000);
    await refreshRights(queryClient, { tenantId: 't1' });
    expect(stale(queryClient)).toEqual([['me'], ['tenants', 't1', 'areas', 'orders']]);
  });

  it('re-reads every customer on a resync', async () => {
    const queryClient = clientWith(keys, 1_000);
    await refreshRights(queryClient, { tenantId: null });
    expect(stale(queryClient)).toEqual([['me'], ['tenants', 't1', 'areas', 'orders'], ['tenants', 't2', 'roles']]);
  });

  it('leaves data alone that was read after the stream opened', async () => {
    const queryClient = clientWith(keys, 5_000);
    await refreshRights(queryClient, { tenantId: null, since: 4_000 });
    expect(stale(queryClient)).toEqual([]);
  });
});
