import { waitForMail } from './support/mailbox';
import { Fixtures } from './support/fixtures';
import { createTestApp, type TestApp } from './support/test-app';

/** "No dead end for the last admin": leaving or giving up the admin rights by naming a successor. */
describe('admin succession', () => {
  let api: TestApp;
  let fixtures: Fixtures;

  beforeAll(async () => {
    api = await createTestApp({ devMailbox: true });
    fixtures = new Fixtures(api);
  });
  afterAll(() => api.close());

  const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });
  const leave = (tenantId: string, token: string, successorId?: string) =>
    api
      .http()
      .delete(`/api/me/memberships/${tenantId}`)
      .query(successorId === undefined ? {} : { successorId })
      .set(bearer(token));
  const setRoles = (tenantId: string, token: string, userId: string, body: object) =>
    api.http().patch(`/api/tenants/${tenantId}/members/${userId}`).set(bearer(token)).send(body);
  const listMembers = (tenantId: string, token: string) =>
    api.http().get(`/api/tenants/${tenantId}/members`).set(bearer(token));

  /** A customer with one admin (its Administrator role) and one member without rights, both logged in. */
  async function customer() {
    const tenant = await fixtures.tenant('Beta Logistics AG');
    const adminRole = await fixtures.role(tenant.id, ['orders.read', 'users.manage'], 'Administrator');
    const buyerRole = await fixtures.role(tenant.id, ['orders.read'], 'Buyer');
    const admin = await fixtures.user({ name: 'Ada Admin' });
    await fixtures.member(tenant.id, admin.id, [adminRole]);
    const member = await fixtures.user({ name: 'Sam Successor', language: 'de' });
    await fixtures.member(tenant.id, member.id, [buyerRole]);
    return {
      tenant,
      adminRole,
      buyerRole,
      admin: { ...admin, token: await fixtures.login(admin.email) },
      member: { ...member, token: await fixtures.login(member.email) },
    };
  }

  const rolesOf = async (tenantId: string, userId: string): Promise<string[]> =>
    (
      await fixtures.dataSource.query<{ name: string }[]>(
        `SELECT r.name FROM membership_roles mr JOIN roles r ON r.id = mr.role_id
          WHERE mr.tenant_id = $1 AND mr.user_id = $2 ORDER BY r.name`,
        [tenantId, userId],
      )
    ).map((row) => row.name);
  const isMember = async (tenantId: string, userId: string) =>
    (
      await fixtures.dataSource.query('SELECT 1 FROM memberships WHERE tenant_id = $1 AND user_id = $2', [
        tenantId,
        userId,
      ])
    ).length === 1;
  const auditOf = (tenantId: string) =>
    fixtures.dataSource.query(
      `SELECT action, actor_id, target_id, context FROM audit_events
        WHERE tenant_id = $1 AND action LIKE 'member.%' ORDER BY id`,
      [tenantId],
    );

  it('lets the last admin leave naming a successor: they are admin at once, e-mailed in their language, audited', async () => {
    const { tenant, admin, member } = await customer();
    await listMembers(tenant.id, member.token).expect(403);

    await leave(tenant.id, admin.token, member.id).expect(204);
    expect(await isMember(tenant.id, admin.id)).toBe(false);
    expect(await rolesOf(tenant.id, member.id)).toEqual(['Administrator', 'Buyer']);
    await listMembers(tenant.id, member.token).expect(200); // the successor's very next request
    await listMembers(tenant.id, admin.token).expect(404); // the leaver's access ended

    const [mail] = await waitForMail(api, member.email);
    expect(mail.subject).toBe('Sie sind jetzt Administrator von Beta Logistics AG in CloudHub');
    expect(mail.text).toContain(`„Ada Admin“ (${admin.email}) hat Sie beim Verlassen des Kunden`);
    expect(mail.text).toContain(`/c/${tenant.customerNumber}/users`);
    expect(await auditOf(tenant.id)).toEqual([
      { action: 'member.left', actor_id: admin.id, target_id: admin.id, context: null },
      { action: 'member.roles_changed', actor_id: admin.id, target_id: member.id, context: { handover: 'left' } },
    ]);
  });

  it('lets the last admin give up the admin rights naming a successor', async () => {
    const { tenant, buyerRole, admin, member } = await customer();
    const response = await setRoles(tenant.id, admin.token, admin.id, {
      roleIds: [buyerRole],
      successorId: member.id,
    }).expect(200);
    expect(response.body).toMatchObject({ userId: admin.id, isAdmin: false, roles: [{ name: 'Buyer' }] });
    expect(await rolesOf(tenant.id, member.id)).toEqual(['Administrator', 'Buyer']);
    await listMembers(tenant.id, admin.token).expect(403);
    await listMembers(tenant.id, member.token).expect(200);
    const [mail] = await waitForMail(api, member.email);
    expect(mail.text).toContain('bei der Abgabe der eigenen Admin-Rechte');
    expect(await auditOf(tenant.id)).toEqual([
      { action: 'member.roles_changed', actor_id: admin.id, target_id: admin.id, context: null },
      {
        action: 'member.roles_changed',
        actor_id: admin.id,
        target_id: member.id,
        context: { handover: 'gave_up_admin' },
      },
    ]);
  });

  it('still refuses the last admin without a successor, saying that one can be named', async () => {
    const { tenant, admin } = await customer();
    const refused = await leave(tenant.id, admin.token).expect(409);
    expect(refused.body).toMatchObject({ code: 'last_admin', detail: expect.stringContaining('name a successor') });
    await setRoles(tenant.id, admin.token, admin.id, { roleIds: [] }).expect(409);
    expect(await rolesOf(tenant.id, admin.id)).toEqual(['Administrator']);
  });

  it('refuses bad successors with a field error on successorId, changing nothing and sending nothing', async () => {
    const { tenant, admin, member } = await customer();
    const other = await fixtures.memberWith(['orders.read']);
    const stranger = await fixtures.user();
    const cases: [string, string][] = [
      [other.user.id, 'successorNotMember'], // another customer's member
      [stranger.id, 'successorNotMember'], // an account without a membership here
      [crypto.randomUUID(), 'successorNotMember'],
      [admin.id, 'successorIsSelf'],
      [admin.id.toUpperCase(), 'successorIsSelf'], // the same id, written in capitals
      ['not-a-user', 'isUuid'],
      ['', 'isUuid'],
    ];
    for (const [successorId, code] of cases) {
      const left = await leave(tenant.id, admin.token, successorId).expect(400);
      expect(left.body.errors).toEqual([expect.objectContaining({ field: 'successorId', code })]);
      const demoted = await setRoles(tenant.id, admin.token, admin.id, { roleIds: [], successorId }).expect(400);
      expect(demoted.body.errors).toEqual([expect.objectContaining({ field: 'successorId', code })]);
    }
    // A successor only takes over from the caller, not with a change of someone else's roles.
    const forOthers = await setRoles(tenant.id, admin.token, member.id, { roleIds: [], successorId: member.id });
    expect(forOthers.status).toBe(400);
    expect(forOthers.body.errors).toEqual([
      expect.objectContaining({ field: 'successorId', code: 'successorOnlyForOwnRights' }),
    ]);
    expect(await rolesOf(tenant.id, admin.id)).toEqual(['Administrator']);
    expect(await rolesOf(tenant.id, member.id)).toEqual(['Buyer']);
    expect(await isMember(tenant.id, admin.id)).toBe(true);
    expect(await auditOf(tenant.id)).toEqual([]);
    const mailbox = await api
      .http()
      .get(`/api/dev/mailbox?to=${encodeURIComponent(member.email)}`)
      .expect(200);
    expect(mailbox.body).toEqual([]);
  });

  it('does not let a member who is no admin name a successor, for themselves or anyone', async () => {
    const { tenant, admin, member } = await customer();
    const colleague = await fixtures.user();
    await fixtures.member(tenant.id, colleague.id);
    const refused = await leave(tenant.id, member.token, colleague.id).expect(403);
    expect(refused.body).toMatchObject({ code: 'permission_required', permission: 'users.manage' });
    await setRoles(tenant.id, member.token, admin.id, { roleIds: [], successorId: colleague.id }).expect(403);
    expect(await isMember(tenant.id, member.id)).toBe(true);
    expect(await rolesOf(tenant.id, colleague.id)).toEqual([]);
    expect(await rolesOf(tenant.id, admin.id)).toEqual(['Administrator']);
  });

  it('honours a successor named by an admin who is not the last one, but not from one who stays admin', async () => {
    const { tenant, adminRole, admin, member } = await customer();
    const secondAdmin = await fixtures.user();
    await fixtures.member(tenant.id, secondAdmin.id, [adminRole]);
    const secondToken = await fixtures.login(secondAdmin.email);
    // Keeping the admin role while naming a successor would be a grant worded as a hand-over.
    const kept = await setRoles(tenant.id, secondToken, secondAdmin.id, {
      roleIds: [adminRole],
      successorId: member.id,
    });
    expect(kept.status).toBe(400);
    expect(kept.body.errors).toEqual([
      expect.objectContaining({ field: 'successorId', code: 'successorOnlyForOwnRights' }),
    ]);
    expect(await rolesOf(tenant.id, member.id)).toEqual(['Buyer']);
    expect(await auditOf(tenant.id)).toEqual([]);

    await setRoles(tenant.id, admin.token, admin.id, { roleIds: [], successorId: member.id }).expect(200);
    expect(await rolesOf(tenant.id, member.id)).toEqual(['Administrator', 'Buyer']);
    // One who is admin already needs nothing.
    await leave(tenant.id, secondToken, member.id).expect(204);
    expect((await auditOf(tenant.id)).map((event: { action: string }) => event.action)).toEqual([
      'member.roles_changed',
      'member.roles_changed',
      'member.left',
    ]);
  });

  it('never leaves a customer without an admin when its two admins leave at once, even through two instances', async () => {
    const second = await createTestApp();
    try {
      const outcomes = await Promise.all(
        Array.from({ length: 8 }, async (_, round) => {
          const { tenant, adminRole, admin, member } = await customer();
          const otherAdmin = await fixtures.user();
          await fixtures.member(tenant.id, otherAdmin.id, [adminRole]);
          const otherToken = await fixtures.login(otherAdmin.email);
          // Half the rounds name each other, half name nobody: either way exactly one may go.
          const namesEachOther = round % 2 === 0;
          const [a, b] = await Promise.all([
            leave(tenant.id, admin.token, namesEachOther ? otherAdmin.id : undefined),
            second
              .http()
              .delete(`/api/me/memberships/${tenant.id}`)
              .query(namesEachOther ? { successorId: admin.id } : {})
              .set(bearer(otherToken)),
          ]);
          const [{ admins }] = await fixtures.dataSource.query(
            `SELECT count(DISTINCT mr.user_id)::int AS admins FROM membership_roles mr JOIN roles r ON r.id = mr.role_id
              WHERE mr.tenant_id = $1 AND 'users.manage' = ANY(r.permissions)`,
            [tenant.id],
          );
          expect(await rolesOf(tenant.id, member.id)).toEqual(['Buyer']);
          return { statuses: [a.status, b.status].sort(), admins };
        }),
      );
      for (const { statuses, admins } of outcomes) {
        expect(admins).toBe(1);
        expect(statuses[0]).toBe(204);
        // The loser: its successor left first (400), it is the last admin now (409), or it was gone from the
        // customer before its request got past the tenant guard (404).
        expect([400, 404, 409]).toContain(statuses[1]);
      }
    } finally {
      await second.close();
    }
  });
});
