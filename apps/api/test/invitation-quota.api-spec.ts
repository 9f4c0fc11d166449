import { Fixtures } from './support/fixtures';
import { freePort } from './support/free-port';
import { createTestApp, type TestApp } from './support/test-app';
import { TestSmtpServer } from './support/test-smtp-server';

describe('invitation limits', () => {
  let smtp: TestSmtpServer;
  let first: TestApp;
  let second: TestApp;
  let fixtures: Fixtures;

  beforeAll(async () => {
    smtp = new TestSmtpServer(await freePort());
    await smtp.start();
    const env = { SMTP_URL: smtp.url, INVITATION_DAILY_LIMIT: '50' };
    first = await createTestApp({ env });
    second = await createTestApp({ env });
    fixtures = new Fixtures(first);
  });
  afterAll(async () => {
    await first.close();
    await second.close();
    await smtp.stop();
  });

  async function admin() {
    const tenant = await fixtures.tenant();
    const role = await fixtures.role(tenant.id, ['users.manage']);
    const user = await fixtures.user();
    await fixtures.member(tenant.id, user.id, [role]);
    const token = await fixtures.login(user.email);
    const path = `/api/tenants/${tenant.id}/invitations`;
    return {
      tenant,
      user,
      token,
      invite: (app: TestApp, email: string) =>
        app.http().post(path).set('Authorization', `Bearer ${token}`).send({ email, roleIds: [] }),
      quota: () => first.http().get(`${path}/quota`).set('Authorization', `Bearer ${token}`).expect(200),
    };
  }

  const address = (i: number | string) => `q-${i}-${Date.now()}-${Math.random().toString(36).slice(2)}@example.test`;

  it('accepts exactly the remaining number of 60 parallel invitations over two instances; the rest get 429', async () => {
    const { invite, quota, tenant } = await admin();
    expect((await quota()).body).toEqual({ limit: 50, remaining: 50, resetsAt: null });
    await invite(first, address('warm-up')).expect(201);

    const responses = await Promise.all(
      Array.from({ length: 60 }, (_, i) => invite(i % 2 ? second : first, address(i))),
    );
    const created = responses.filter((response) => response.status === 201);
    const refused = responses.filter((response) => response.status === 429);
    expect(created).toHaveLength(49);
    expect(refused).toHaveLength(11);
    for (const response of refused) {
      expect(response.body.code).toBe('invitation_quota_exceeded');
      expect(response.body.detail).toMatch(/The next one frees up at \d\d:\d\d UTC\./);
      const retryAfter = Number(response.headers['retry-after']);
      expect(retryAfter).toBeGreaterThan(24 * 3600 - 120);
      expect(retryAfter).toBeLessThanOrEqual(24 * 3600);
    }
    const [{ count }] = await fixtures.dataSource.query(
      'SELECT count(*)::int AS count FROM invitations WHERE tenant_id = $1',
      [tenant.id],
    );
    expect(count).toBe(50);
    const { body } = await quota();
    expect(body).toMatchObject({ limit: 50, remaining: 0 });
    expect(Date.parse(body.resetsAt)).toBeGreaterThan(Date.now() + 23.9 * 3600 * 1000);
  });

  it('counts per admin across customers, resends included, and survives a restart', async () => {
    const { invite, quota, user, token } = await admin();
    const otherTenant = await fixtures.tenant();
    await fixtures.member(otherTenant.id, user.id, [await fixtures.role(otherTenant.id, ['users.manage'])]);
    const created = await invite(first, address('a')).expect(201);
    await first
      .http()
      .post(`/api/tenants/${otherTenant.id}/invitations`)
      .set('Authorization', `Bearer ${token}`)
      .send({ email: address('b'), roleIds: [] })
      .expect(201);
    expect(created.body.sendCount).toBe(1);
    const restarted = await createTestApp({ env: { SMTP_URL: smtp.url } });
    try {
      const { body } = await restarted
        .http()
        .get(`/api/tenants/${otherTenant.id}/invitations/quota`)
        .set('Authorization', `Bearer ${token}`)
        .expect(200);
      expect(body.remaining).toBe(48);
    } finally {
      await restarted.close();
    }
    expect((await quota()).body.remaining).toBe(48);
  });

  it('sends one address at most 5 invitation e-mails per customer and day, resends included', async () => {
    const first5 = await admin();
    const email = address('target');
    const created = await first5.invite(first, email).expect(201);
    const resend = () =>
      first
        .http()
        .post(`/api/tenants/${first5.tenant.id}/invitations/${created.body.id}/resend`)
        .set('Authorization', `Bearer ${first5.token}`);
    for (let i = 0; i < 4; i++) await resend().expect(200);
    const refused = await resend().expect(429);
    expect(refused.body).toMatchObject({ code: 'recipient_quota_exceeded', limit: 5, resetsAt: expect.any(String) });
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    // The refused resend counted nothing and changed nothing.
    expect((await first5.quota()).body.remaining).toBe(45);
    const [row] = await fixtures.dataSource.query('SELECT send_count FROM invitations WHERE id = $1', [
      created.body.id,
    ]);
    expect(row.send_count).toBe(5);
  });
});
