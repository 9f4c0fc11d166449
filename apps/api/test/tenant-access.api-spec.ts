import { CONTENT_AREAS, areaPermission } from '@cloudhub/permissions';
import { Fixtures } from './support/fixtures';
import { createTestApp, type TestApp } from './support/test-app';

describe('tenant access', () => {
  let api: TestApp;
  let fixtures: Fixtures;

  beforeAll(async () => {
    api = await createTestApp();
    fixtures = new Fixtures(api);
  });
  afterAll(() => api.close());

  const get = (path: string, token: string) => api.http().get(path).set('Authorization', `Bearer ${token}`);

  it('answers an area only with its permission, and 403 permission_required otherwise', async () => {
    const { tenant, token } = await fixtures.memberWith(['orders.read']);
    await fixtures.dataSource.query(
      `INSERT INTO area_records (tenant_id, area, reference, title, status, occurred_on)
       VALUES ($1, 'orders', 'PO-1', 'First order', 'shipped', '2026-10-01')`,
      [tenant.id],
    );
    const orders = await get(`/api/tenants/${tenant.id}/orders`, token).expect(200);
    expect(orders.body).toEqual({
      items: [expect.objectContaining({ reference: 'PO-1', title: 'First order', date: '2026-10-01' })],
      nextCursor: null,
    });
    for (const area of CONTENT_AREAS.filter((candidate) => candidate !== 'orders')) {
      const response = await get(`/api/tenants/${tenant.id}/${area}`, token).expect(403);
      expect(response.body).toMatchObject({ code: 'permission_required', permission: areaPermission(area) });
    }
  });

  it('gives a restricted member 403 on every area but lets them give feedback', async () => {
    const { tenant, token } = await fixtures.memberWith([]);
    for (const area of CONTENT_AREAS) await get(`/api/tenants/${tenant.id}/${area}`, token).expect(403);
    await api
      .http()
      .post(`/api/tenants/${tenant.id}/feedback`)
      .set('Authorization', `Bearer ${token}`)
      .send({ message: 'Hello' })
      .expect(201);
  });

  it('answers 404 for a customer the caller does not belong to, a made-up one and a malformed id, alike', async () => {
    const { token } = await fixtures.memberWith(['orders.read']);
    const other = await fixtures.tenant('Someone Else AG');
    const foreign = await get(`/api/tenants/${other.id}/orders`, token).expect(404);
    const unknown = await get('/api/tenants/00000000-0000-4000-8000-000000000000/orders', token).expect(404);
    const malformed = await get('/api/tenants/not-a-uuid/orders', token).expect(404);
    for (const response of [foreign, unknown, malformed]) {
      expect(response.body).toMatchObject({ code: 'tenant_not_found', detail: foreign.body.detail });
    }
    expect(JSON.stringify(foreign.body)).not.toContain('Someone Else');
  });

  it('follows a change of rights on the very next request with the same access token', async () => {
    const { tenant, user, token } = await fixtures.memberWith([]);
    await get(`/api/tenants/${tenant.id}/invoices`, token).expect(403);
    const role = await fixtures.role(tenant.id, ['invoices.read']);
    await fixtures.grant(tenant.id, user.id, role);
    await get(`/api/tenants/${tenant.id}/invoices`, token).expect(200);
    await fixtures.dataSource.query(`UPDATE roles SET permissions = '{}' WHERE id = $1`, [role]);
    await get(`/api/tenants/${tenant.id}/invoices`, token).expect(403);
    await fixtures.dataSource.query('DELETE FROM memberships WHERE tenant_id = $1 AND user_id = $2', [
      tenant.id,
      user.id,
    ]);
    await get(`/api/tenants/${tenant.id}/invoices`, token).expect(404);
  });

  it('lists the permission catalogue with labels in both languages', async () => {
    const { token } = await fixtures.memberWith([]);
    const { body } = await get('/api/permissions', token).expect(200);
    expect(body.areas).toContainEqual(
      expect.objectContaining({
        key: 'orders',
        permission: 'orders.read',
        label: { en: 'Orders', de: 'Bestellungen' },
      }),
    );
    expect(body.areas.map((area: { permission: string }) => area.permission)).toContain('users.manage');
  });
});
