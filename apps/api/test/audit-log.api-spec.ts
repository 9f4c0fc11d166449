import { Fixtures, uniqueAddress } from './support/fixtures';
import { tokenFrom, waitForMail } from './support/mailbox';
import { createTestApp, randomClientIp, type TestApp } from './support/test-app';

const STRONG = 'four unrelated words make it';

/** The customer's audit log as admins read it: what is recorded, filters, paging, and that it cannot change. */
describe('audit log', () => {
  let api: TestApp;
  let fixtures: Fixtures;

  beforeAll(async () => {
    api = await createTestApp({ devMailbox: true });
    fixtures = new Fixtures(api);
  });
  afterAll(() => api.close());
  const call = (method: 'get' | 'post' | 'patch' | 'put' | 'delete', path: string, token?: string, body?: object) => {
    const request = api.http(randomClientIp())[method](path);
    const authorized = token ? request.set('Authorization', `Bearer ${token}`) : request;
    return body ? authorized.send(body) : authorized;
  };

  async function customer() {
    const tenant = await fixtures.tenant();
    const adminRole = await fixtures.role(tenant.id, ['users.manage'], 'Administrator');
    const admin = await fixtures.user({ name: 'Ada Admin', email: uniqueAddress('ada') });
    await fixtures.member(tenant.id, admin.id, [adminRole]);
    const token = await fixtures.login(admin.email);
    const path = `/api/tenants/${tenant.id}`;
    const log = async (query = '') =>
      (await call('get', `${path}/audit-events${query}`, token).expect(200)).body as {
        items: {
          id: string;
          action: string;
          actor: { id: string } | null;
          target: { type: string; id: string; label: string | null };
          before: unknown;
          after: unknown;
          ip: string | null;
        }[];
        nextCursor: string | null;
      };
    return { tenant, adminRole, admin, token, path, log };
  }

  it('records every change of rights, newest first, with actor, target and details', async () => {
    const { tenant, admin, token, path, log } = await customer();
    const buyer = (
      await call('post', `${path}/roles`, token, { name: 'Buyer', permissions: ['orders.read'] }).expect(201)
    ).body.id as string;
    await call('patch', `${path}/roles/${buyer}`, token, { name: 'Buyers' }).expect(200);
    const invitee = uniqueAddress('nora');
    const invitation = (
      await call('post', `${path}/invitations`, token, { email: invitee, roleIds: [buyer] }).expect(201)
    ).body.id as string;
    await call('post', `${path}/invitations/${invitation}/resend`, token).expect(200);
    const links = (await waitForMail(api, invitee, 2)).map(tokenFrom);
    // Both e-mails may arrive within one moment: the current link is the one that still previews.
    const previews = await Promise.all(
      links.map((link) => call('post', '/api/invitations/preview', undefined, { token: link })),
    );
    const registered = await call('post', '/api/invitations/register', undefined, {
      token: links[previews.findIndex((preview) => preview.body.status === 'pending')],
      name: 'Nora Neu',
      password: STRONG,
    }).expect(201);
    const nora = (await call('get', '/api/me', registered.body.accessToken).expect(200)).body.id as string;
    await call('patch', `${path}/members/${nora}`, token, { roleIds: [] }).expect(200);
    await call('post', `/api/tenants/${tenant.id}/access-requests`, registered.body.accessToken, {
      message: 'Need the orders',
    }).expect(202);
    await call('delete', `${path}/members/${nora}`, token).expect(204);
    const gone = (
      await call('post', `${path}/invitations`, token, { email: uniqueAddress('gone'), roleIds: [] }).expect(201)
    ).body.id as string;
    await call('delete', `${path}/invitations/${gone}`, token).expect(204);
    await call('delete', `${path}/roles/${buyer}`, token).expect(204);

    const items = (await log()).items.filter((item) => !item.action.startsWith('login.'));
    expect(items.map((item) => item.action)).toEqual([
      'role.deleted',
      'invitation.revoked',
      'invitation.created',
      'member.removed',
      'access.requested',
      'member.roles_changed',
      'member.joined',
      'invitation.accepted',
      'invitation.resent',
      'invitation.created',
      'role.updated',
      'role.created',
    ]);
    const byAction = (action: string) => items.find((item) => item.action === action)!;
    expect(byAction('role.updated')).toMatchObject({
      actor: { id: admin.id },
      target: { type: 'role', id: buyer, label: 'Buyers' },
      before: { name: 'Buyer' },
      after: { name: 'Buyers' },
    });
    expect(byAction('invitation.accepted')).toMatchObject({
      actor: { id: nora },
      target: { type: 'invitation', id: invitation, label: invitee },
    });
    expect(byAction('invitation.revoked')).toMatchObject({
      actor: { id: admin.id },
      target: { id: gone },
      after: { reason: 'deleted' },
    });
    expect(byAction('access.requested')).toMatchObject({ actor: { id: nora }, after: { message: 'Need the orders' } });
    expect(byAction('member.removed')).toMatchObject({ target: { type: 'member', id: nora, label: invitee } });
  });

  it('filters by actor, target and kind, and pages without gaps or repeats', async () => {
    const { admin, token, path, log } = await customer();
    const emails = Array.from({ length: 7 }, (_, i) => uniqueAddress(`page-${i}`));
    for (const email of emails) await call('post', `${path}/invitations`, token, { email, roleIds: [] }).expect(201);
    const [first] = (await log('?kind=invitation')).items.slice(-1);

    const seen: string[] = [];
    let cursor: string | null = '';
    while (cursor !== null) {
      const page = await log(`?kind=invitation&limit=3${cursor ? `&cursor=${cursor}` : ''}`);
      seen.push(...page.items.map((item) => item.target.label!));
      cursor = page.nextCursor;
    }
    expect(seen).toEqual([...emails].reverse());
    expect((await log(`?actor=${admin.id}&kind=invitation`)).items).toHaveLength(7);
    expect((await log(`?target=${first.target.id}`)).items.map((item) => item.target.label)).toEqual([emails[0]]);
    expect((await log('?kind=role')).items).toEqual([]);
    expect((await log(`?actor=${crypto.randomUUID()}`)).items).toEqual([]);

    const bad = await call('get', `${path}/audit-events?kind=everything&actor=nope&cursor=garbage`, token).expect(400);
    expect(bad.body.errors.map((error: { field: string }) => error.field).sort()).toEqual(['actor', 'kind']);
    const badCursor = await call('get', `${path}/audit-events?cursor=garbage`, token).expect(400);
    expect(badCursor.body.errors).toEqual([expect.objectContaining({ field: 'cursor', code: 'invalidCursor' })]);
  });

  it('is for the customer’s admins only, and shows nothing of other customers', async () => {
    const one = await customer();
    const other = await customer();
    await call('post', `${other.path}/invitations`, other.token, { email: uniqueAddress('other'), roleIds: [] }).expect(
      201,
    );
    expect((await one.log('?kind=invitation')).items).toEqual([]);
    expect((await one.log()).items.every((item) => item.actor?.id === one.admin.id)).toBe(true);
    await call('get', `${other.path}/audit-events`, one.token).expect(404);
    const { tenant, token } = await fixtures.memberWith(['orders.read']);
    await call('get', `/api/tenants/${tenant.id}/audit-events`, token).expect(403);
    await call('get', `/api/tenants/${tenant.id}/audit-events`).expect(401);
  });

  it('cannot be changed: not through the API, not even in the database', async () => {
    const { tenant, token, path } = await customer();
    await call('post', `${path}/invitations`, token, { email: uniqueAddress('x'), roleIds: [] }).expect(201);
    for (const method of ['post', 'put', 'patch', 'delete'] as const) {
      const response = await call(method, `${path}/audit-events`, token, {});
      expect([404, 405]).toContain(response.status);
    }
    const db = fixtures.dataSource;
    await expect(
      db.query(`UPDATE audit_events SET action = 'role.created' WHERE tenant_id = $1`, [tenant.id]),
    ).rejects.toThrow(/append-only/);
    await expect(db.query('DELETE FROM audit_events WHERE tenant_id = $1', [tenant.id])).rejects.toThrow(/append-only/);
    // What the foreign keys do on their own still works: a deleted customer takes its log along.
    await db.query('DELETE FROM tenants WHERE id = $1', [tenant.id]);
    expect(await db.query('SELECT 1 FROM audit_events WHERE tenant_id = $1', [tenant.id])).toEqual([]);
  });
});
