import { Fixtures } from './support/fixtures';
import { createTestApp, type TestApp } from './support/test-app';

describe('roles', () => {
  let api: TestApp;
  let fixtures: Fixtures;

  beforeAll(async () => {
    api = await createTestApp();
    fixtures = new Fixtures(api);
  });
  afterAll(() => api.close());

  async function admin() {
    const world = await fixtures.memberWith(['users.manage']);
    const as = (token: string) => ({
      get: (path: string) =>
        api.http().get(`/api/tenants/${world.tenant.id}${path}`).set('Authorization', `Bearer ${token}`),
      post: (path: string, body: object) =>
        api.http().post(`/api/tenants/${world.tenant.id}${path}`).set('Authorization', `Bearer ${token}`).send(body),
      patch: (path: string, body: object) =>
        api.http().patch(`/api/tenants/${world.tenant.id}${path}`).set('Authorization', `Bearer ${token}`).send(body),
      delete: (path: string) =>
        api.http().delete(`/api/tenants/${world.tenant.id}${path}`).set('Authorization', `Bearer ${token}`),
    });
    return { ...world, http: as(world.token) };
  }

  const auditOf = (tenantId: string) =>
    fixtures.dataSource.query(
      'SELECT action, actor_id, target_id, before, after FROM audit_events WHERE tenant_id = $1 ORDER BY id',
      [tenantId],
    );

  it('creates, lists, renames, changes and deletes a role, with an audit event for each change', async () => {
    const { tenant, user, http } = await admin();
    const created = await http.post('/roles', { name: '  Buyer ', permissions: ['orders.read'] }).expect(201);
    expect(created.body).toMatchObject({
      name: 'Buyer',
      permissions: ['orders.read'],
      memberCount: 0,
      openInvitationCount: 0,
    });
    const roleId = created.body.id as string;

    const list = await http.get('/roles').expect(200);
    expect(list.body.items.map((role: { name: string }) => role.name)).toContain('Buyer');

    const renamed = await http.patch(`/roles/${roleId}`, {
      name: 'Purchasing',
      permissions: ['orders.read', 'invoices.read'],
    });
    expect(renamed.status).toBe(200);
    expect(renamed.body).toMatchObject({ name: 'Purchasing', permissions: ['orders.read', 'invoices.read'] });

    await http.delete(`/roles/${roleId}`).expect(204);
    await http.get(`/roles/${roleId}/impact`).expect(404);

    const audit = await auditOf(tenant.id);
    expect(audit.filter((event: { target_id: string }) => event.target_id === roleId)).toEqual([
      {
        action: 'role.created',
        actor_id: user.id,
        target_id: roleId,
        before: null,
        after: { name: 'Buyer', permissions: ['orders.read'] },
      },
      {
        action: 'role.updated',
        actor_id: user.id,
        target_id: roleId,
        before: { name: 'Buyer', permissions: ['orders.read'] },
        after: { name: 'Purchasing', permissions: ['orders.read', 'invoices.read'] },
      },
      { action: 'role.deleted', actor_id: user.id, target_id: roleId, before: expect.any(Object), after: null },
    ]);
  });

  it('refuses a second role with the same name in another case, with a field error', async () => {
    const { http } = await admin();
    await http.post('/roles', { name: 'Technician', permissions: [] }).expect(201);
    const clash = await http.post('/roles', { name: 'TECHNICIAN', permissions: ['devices.read'] }).expect(409);
    expect(clash.body).toMatchObject({
      code: 'role_name_taken',
      errors: [expect.objectContaining({ field: 'name', message: expect.any(String) })],
    });
    const other = await http.post('/roles', { name: 'Other', permissions: [] }).expect(201);
    await http.patch(`/roles/${other.body.id}`, { name: 'technician' }).expect(409);
    await http.patch(`/roles/${other.body.id}`, { name: 'other' }).expect(200); // its own name in another case is fine
  });

  it('allows the same name in two customers', async () => {
    const first = await admin();
    const second = await admin();
    await first.http.post('/roles', { name: 'Shared name', permissions: [] }).expect(201);
    await second.http.post('/roles', { name: 'Shared name', permissions: [] }).expect(201);
  });

  it('refuses unknown permissions and bad names field by field', async () => {
    const { http } = await admin();
    const response = await http.post('/roles', { name: '', permissions: ['orders.read', 'orders.write'] }).expect(400);
    expect(response.body.errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: 'name', message: 'must not be empty' }),
        expect.objectContaining({
          field: 'permissions',
          message: expect.stringContaining('must only contain known permissions'),
        }),
      ]),
    );
    const twice = await http.post('/roles', { name: 'Twice', permissions: ['orders.read', 'orders.read'] }).expect(400);
    expect(twice.body.errors).toContainEqual(
      expect.objectContaining({ field: 'permissions', message: 'must not name a permission twice' }),
    );
  });

  it('counts the members and open invitations a role affects', async () => {
    const { tenant, http } = await admin();
    const roleId = await fixtures.role(tenant.id, ['orders.read']);
    for (let i = 0; i < 2; i++) {
      const user = await fixtures.user();
      await fixtures.member(tenant.id, user.id, [roleId]);
    }
    const [invitation]: { id: string }[] = await fixtures.dataSource.query(
      `INSERT INTO invitations (tenant_id, email, language, expires_at) VALUES ($1, 'open@example.test', 'en', now() + interval '1 day') RETURNING id`,
      [tenant.id],
    );
    await fixtures.dataSource.query(
      'INSERT INTO invitation_roles (invitation_id, tenant_id, role_id) VALUES ($1, $2, $3)',
      [invitation.id, tenant.id, roleId],
    );
    await fixtures.dataSource.query(
      `INSERT INTO invitations (tenant_id, email, language, expires_at, accepted_at) VALUES ($1, 'done@example.test', 'en', now(), now())`,
      [tenant.id],
    );
    const impact = await http.get(`/roles/${roleId}/impact`).expect(200);
    expect(impact.body).toEqual({ openInvitations: 1, members: 2 });
  });

  it('applies an edited role to its members on their next request, and a deleted one is gone', async () => {
    const { tenant, http } = await admin();
    const roleId = await fixtures.role(tenant.id, ['orders.read']);
    const member = await fixtures.user();
    await fixtures.member(tenant.id, member.id, [roleId]);
    const token = await fixtures.login(member.email);
    const reports = () => api.http().get(`/api/tenants/${tenant.id}/reports`).set('Authorization', `Bearer ${token}`);
    await reports().expect(403);
    await http.patch(`/roles/${roleId}`, { permissions: ['reports.read'] }).expect(200);
    await reports().expect(200);
    await http.delete(`/roles/${roleId}`).expect(204);
    await reports().expect(403);
    const me = await api.http().get('/api/me').set('Authorization', `Bearer ${token}`).expect(200);
    expect(me.body.memberships[0]).toMatchObject({ roles: [], restricted: true });
  });

  it('keeps an open invitation open when its role is deleted; the role just drops out', async () => {
    const { tenant, http } = await admin();
    const roleId = await fixtures.role(tenant.id, ['orders.read']);
    const [invitation]: { id: string }[] = await fixtures.dataSource.query(
      `INSERT INTO invitations (tenant_id, email, language, expires_at) VALUES ($1, 'keep@example.test', 'en', now() + interval '1 day') RETURNING id`,
      [tenant.id],
    );
    await fixtures.dataSource.query(
      'INSERT INTO invitation_roles (invitation_id, tenant_id, role_id) VALUES ($1, $2, $3)',
      [invitation.id, tenant.id, roleId],
    );
    await http.delete(`/roles/${roleId}`).expect(204);
    const rows = await fixtures.dataSource.query(
      'SELECT revoked_at, (SELECT count(*)::int FROM invitation_roles WHERE invitation_id = $1) AS roles FROM invitations WHERE id = $1',
      [invitation.id],
    );
    expect(rows).toEqual([{ revoked_at: null, roles: 0 }]);
  });

  it('refuses to take users.manage from the last admin by editing or deleting their role', async () => {
    const { tenant, http } = await admin();
    const [{ role_id: adminRole }] = await fixtures.dataSource.query(
      'SELECT role_id FROM membership_roles WHERE tenant_id = $1',
      [tenant.id],
    );
    const edit = await http.patch(`/roles/${adminRole}`, { permissions: ['orders.read'] }).expect(409);
    expect(edit.body).toMatchObject({
      code: 'last_admin',
      detail: expect.stringContaining('Make someone else admin first'),
    });
    await http.delete(`/roles/${adminRole}`).expect(409);
    const [role] = await fixtures.dataSource.query('SELECT permissions FROM roles WHERE id = $1', [adminRole]);
    expect(role.permissions).toEqual(['users.manage']);
    // Renaming the admin role keeps its permissions, so it is fine.
    await http.patch(`/roles/${adminRole}`, { name: 'Admins' }).expect(200);
  });

  it('answers 404 for a role of another customer and changes nothing', async () => {
    const mine = await admin();
    const theirs = await admin();
    const foreignRole = await fixtures.role(theirs.tenant.id, ['orders.read'], 'Foreign');
    await mine.http.get(`/roles/${foreignRole}/impact`).expect(404);
    await mine.http.patch(`/roles/${foreignRole}`, { name: 'Hijacked' }).expect(404);
    await mine.http.delete(`/roles/${foreignRole}`).expect(404);
    await mine.http.get('/roles/not-a-uuid/impact').expect(404);
    const [role] = await fixtures.dataSource.query('SELECT name FROM roles WHERE id = $1', [foreignRole]);
    expect(role.name).toBe('Foreign');
  });
});
