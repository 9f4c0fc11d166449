import { Fixtures } from './support/fixtures';
import { createTestApp, type TestApp } from './support/test-app';

describe('members', () => {
  let api: TestApp;
  let fixtures: Fixtures;

  beforeAll(async () => {
    api = await createTestApp();
    fixtures = new Fixtures(api);
  });
  afterAll(() => api.close());

  const as = (tenantId: string, token: string) => ({
    get: (path: string) => api.http().get(`/api/tenants/${tenantId}${path}`).set('Authorization', `Bearer ${token}`),
    patch: (path: string, body: object) =>
      api.http().patch(`/api/tenants/${tenantId}${path}`).set('Authorization', `Bearer ${token}`).send(body),
    delete: (path: string) =>
      api.http().delete(`/api/tenants/${tenantId}${path}`).set('Authorization', `Bearer ${token}`),
  });

  /** A customer with an admin role, an admin, and helpers acting as that admin. */
  async function customer() {
    const tenant = await fixtures.tenant();
    const adminRole = await fixtures.role(tenant.id, ['users.manage'], 'Administrator');
    const admin = await fixtures.user({ name: 'Ada Admin' });
    await fixtures.member(tenant.id, admin.id, [adminRole]);
    const token = await fixtures.login(admin.email);
    return { tenant, adminRole, admin, token, http: as(tenant.id, token) };
  }

  it('lists members newest first with roles, permissions and admin flag, paged and filtered', async () => {
    const { tenant, adminRole, admin, http } = await customer();
    const buyerRole = await fixtures.role(tenant.id, ['orders.read', 'invoices.read'], 'Buyer');
    const people = [];
    for (let i = 0; i < 3; i++) {
      const user = await fixtures.user({ name: `Person ${i}`, email: `person-${i}-${Date.now()}@example.test` });
      await fixtures.member(tenant.id, user.id, [buyerRole]);
      people.push(user);
    }
    const first = await http.get('/members?limit=2').expect(200);
    expect(first.body.items).toHaveLength(2);
    expect(first.body.items[0]).toEqual({
      userId: people[2].id,
      name: 'Person 2',
      email: people[2].email,
      roles: [{ id: buyerRole, name: 'Buyer' }],
      permissions: ['invoices.read', 'orders.read'],
      isAdmin: false,
      joinedAt: expect.any(String),
    });
    const second = await http.get(`/members?limit=2&cursor=${first.body.nextCursor}`).expect(200);
    expect(second.body.items.map((member: { userId: string }) => member.userId)).toEqual([people[0].id, admin.id]);
    expect(second.body.nextCursor).toBeNull();
    expect(second.body.items[1]).toMatchObject({ isAdmin: true, roles: [{ id: adminRole, name: 'Administrator' }] });

    const filtered = await http.get('/members?q=PERSON 1').expect(200);
    expect(filtered.body.items.map((member: { name: string }) => member.name)).toEqual(['Person 1']);
    const wildcard = await http.get('/members?q=%25').expect(200);
    expect(wildcard.body.items).toEqual([]);
    const bad = await http.get('/members?cursor=garbage&limit=0').expect(400);
    expect(bad.body.errors).toEqual(
      expect.arrayContaining([expect.objectContaining({ field: 'limit', message: 'must be at least 1' })]),
    );
  });

  it('sets a member’s roles, effective on their next request, with an audit event', async () => {
    const { tenant, admin, http } = await customer();
    const invoices = await fixtures.role(tenant.id, ['invoices.read'], 'Invoices');
    const member = await fixtures.user();
    await fixtures.member(tenant.id, member.id);
    const memberToken = await fixtures.login(member.email);
    const readInvoices = () =>
      api.http().get(`/api/tenants/${tenant.id}/invoices`).set('Authorization', `Bearer ${memberToken}`);
    await readInvoices().expect(403);

    const updated = await http.patch(`/members/${member.id}`, { roleIds: [invoices] }).expect(200);
    expect(updated.body).toMatchObject({ roles: [{ id: invoices, name: 'Invoices' }], permissions: ['invoices.read'] });
    await readInvoices().expect(200);
    await http.patch(`/members/${member.id}`, { roleIds: [] }).expect(200);
    await readInvoices().expect(403);

    const audit = await fixtures.dataSource.query(
      `SELECT action, actor_id, before, after FROM audit_events
        WHERE tenant_id = $1 AND target_id = $2 AND action LIKE 'member.%' ORDER BY id`,
      [tenant.id, member.id],
    );
    expect(audit).toEqual([
      { action: 'member.roles_changed', actor_id: admin.id, before: [], after: [{ id: invoices, name: 'Invoices' }] },
      { action: 'member.roles_changed', actor_id: admin.id, before: [{ id: invoices, name: 'Invoices' }], after: [] },
    ]);
  });

  it('refuses roles of another customer, and ids that are not roles, changing nothing', async () => {
    const { tenant, http } = await customer();
    const other = await fixtures.tenant();
    const foreignRole = await fixtures.role(other.id, ['users.manage']);
    const member = await fixtures.user();
    await fixtures.member(tenant.id, member.id);
    const response = await http.patch(`/members/${member.id}`, { roleIds: [foreignRole] }).expect(400);
    expect(response.body.errors).toEqual([
      expect.objectContaining({ field: 'roleIds', message: 'contains a role this customer does not have' }),
    ]);
    const malformed = await http.patch(`/members/${member.id}`, { roleIds: ['x'] }).expect(400);
    expect(malformed.body.errors).toEqual([
      expect.objectContaining({ field: 'roleIds', message: 'must only contain role ids' }),
    ]);
    const [{ count }] = await fixtures.dataSource.query(
      'SELECT count(*)::int AS count FROM membership_roles WHERE user_id = $1',
      [member.id],
    );
    expect(count).toBe(0);
  });

  it('removes a member: their access ends on the next request, the account stays', async () => {
    const { tenant, admin, http } = await customer();
    const member = await fixtures.user();
    await fixtures.member(tenant.id, member.id);
    const memberToken = await fixtures.login(member.email);
    await api
      .http()
      .post(`/api/tenants/${tenant.id}/feedback`)
      .set('Authorization', `Bearer ${memberToken}`)
      .send({ message: 'hi' })
      .expect(201);
    await http.delete(`/members/${member.id}`).expect(204);
    await api
      .http()
      .post(`/api/tenants/${tenant.id}/feedback`)
      .set('Authorization', `Bearer ${memberToken}`)
      .send({ message: 'hi' })
      .expect(404);
    await api.http().get('/api/me').set('Authorization', `Bearer ${memberToken}`).expect(200);
    await http.delete(`/members/${member.id}`).expect(404);
    const [event] = await fixtures.dataSource.query(
      `SELECT action, actor_id FROM audit_events WHERE tenant_id = $1 AND target_id = $2 AND action LIKE 'member.%'`,
      [tenant.id, member.id],
    );
    expect(event).toEqual({ action: 'member.removed', actor_id: admin.id });
  });

  it('never removes or demotes the last admin, and says what to do', async () => {
    const { admin, http } = await customer();
    const removal = await http.delete(`/members/${admin.id}`).expect(409);
    expect(removal.body).toMatchObject({
      code: 'last_admin',
      detail:
        'This would leave the customer without an admin. Make someone else admin first, or name a successor ' +
        '(`successorId`) when you leave or give up your own admin rights.',
    });
    await http.patch(`/members/${admin.id}`, { roleIds: [] }).expect(409);
    await http.get('/members').expect(200); // still admin
  });

  it('lets an admin step down once someone else is admin', async () => {
    const { tenant, adminRole, admin, http } = await customer();
    const successor = await fixtures.user();
    await fixtures.member(tenant.id, successor.id);
    await http.patch(`/members/${successor.id}`, { roleIds: [adminRole] }).expect(200);
    await http.patch(`/members/${admin.id}`, { roleIds: [] }).expect(200);
    await http.get('/members').expect(403); // the very next request
  });

  it('does not let two admins demote each other at the same moment, even through two instances', async () => {
    const second = await createTestApp();
    try {
      // Many customers at once, so that a missing lock would show as a customer left without admins.
      const pairs = await Promise.all(
        Array.from({ length: 12 }, async () => {
          const { tenant, adminRole, admin, token } = await customer();
          const other = await fixtures.user();
          await fixtures.member(tenant.id, other.id, [adminRole]);
          return { tenant, adminRole, admin, token, other, otherToken: await fixtures.login(other.email) };
        }),
      );
      const demote = (app: TestApp, tenantId: string, userId: string, token: string) =>
        app
          .http()
          .patch(`/api/tenants/${tenantId}/members/${userId}`)
          .set('Authorization', `Bearer ${token}`)
          .send({ roleIds: [] });
      const outcomes = await Promise.all(
        pairs.map(async ({ tenant, admin, token, other, otherToken }) => {
          const [a, b] = await Promise.all([
            demote(api, tenant.id, other.id, token),
            demote(second, tenant.id, admin.id, otherToken),
          ]);
          return [a.status, b.status].sort();
        }),
      );
      // The loser is refused either by the lock (409 last_admin) or, when the winner committed before the
      // loser's request got past the tenant guard, because the loser is no longer an admin (403).
      for (const [winner, loser] of outcomes) {
        expect(winner).toBe(200);
        expect([403, 409]).toContain(loser);
      }
      const adminsLeft = await fixtures.dataSource.query(
        `SELECT count(*)::int AS admins FROM membership_roles mr
          WHERE mr.tenant_id = ANY($1::uuid[]) GROUP BY mr.tenant_id`,
        [pairs.map((pair) => pair.tenant.id)],
      );
      expect(adminsLeft).toEqual(pairs.map(() => ({ admins: 1 })));
    } finally {
      await second.close();
    }
  });

  it('answers 404 for members of another customer and changes nothing', async () => {
    const mine = await customer();
    const theirs = await customer();
    await mine.http.patch(`/members/${theirs.admin.id}`, { roleIds: [] }).expect(404);
    await mine.http.delete(`/members/${theirs.admin.id}`).expect(404);
    await mine.http.delete('/members/not-a-uuid').expect(404);
    await theirs.http.get('/members').expect(200);
  });
});
