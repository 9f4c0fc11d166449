import { randomUUID } from 'node:crypto';
import { Housekeeping } from '../src/housekeeping/housekeeping';
import { RateLimitLedger } from '../src/rate-limit/rate-limit-ledger';
import { Fixtures } from './support/fixtures';
import { freePort } from './support/free-port';
import { eventually } from './support/mailbox';
import { createTestApp, type TestApp } from './support/test-app';
import { TestSmtpServer } from './support/test-smtp-server';

describe('housekeeping', () => {
  let testApp: TestApp;
  let fixtures: Fixtures;

  beforeAll(async () => {
    testApp = await createTestApp({ devMailbox: true });
    fixtures = new Fixtures(testApp);
  });
  afterAll(() => testApp.close());

  it('is scheduled once for all instances', async () => {
    const rows: { cron: string }[] = await fixtures.dataSource.query(
      `SELECT cron FROM pgboss.schedule WHERE name = 'housekeeping'`,
    );
    expect(rows).toEqual([{ cron: '*/10 * * * *' }]);
  });

  it('removes expired refresh tokens, idle rate-limit keys and old dev mailbox messages, and keeps the rest', async () => {
    const user = await fixtures.user();
    await fixtures.login(user.email);
    const db = fixtures.dataSource;
    await db.query(
      `INSERT INTO refresh_tokens (id, family_id, user_id, token_hash, expires_at)
       VALUES ($1, $1, $2, 'expired', now() - interval '1 minute')`,
      [randomUUID(), user.id],
    );
    const ledger = testApp.app.get(RateLimitLedger);
    const [idle, active] = [`test:${randomUUID()}`, `test:${randomUUID()}`];
    await ledger.consume(idle, 5, 60);
    await ledger.consume(active, 5, 60);
    await db.query(`UPDATE rate_limit_hits SET hit_at = hit_at - interval '2 minutes' WHERE key = $1`, [idle]);
    await db.query(`UPDATE rate_limit_counters SET last_hit_at = last_hit_at - interval '2 minutes' WHERE key = $1`, [
      idle,
    ]);

    await db.query(
      `INSERT INTO dev_mail_messages (mail_from, mail_to, subject, received_at)
       VALUES ('a@example.test', '{old@example.test}', 'old', now() - interval '8 days'),
              ('a@example.test', '{new@example.test}', 'new', now())`,
    );

    const removed = await testApp.app.get(Housekeeping).runAll();

    expect(removed['expired refresh tokens']).toBeGreaterThanOrEqual(1);
    expect(removed['idle rate-limit keys']).toBeGreaterThanOrEqual(1);
    expect(removed['old dev mailbox messages']).toBe(1);
    const [left]: { expired: number; live: number; idle: number; active: number; mailbox: string[] }[] = await db.query(
      `SELECT (SELECT count(*)::int FROM refresh_tokens WHERE expires_at < now()) AS expired,
              (SELECT count(*)::int FROM refresh_tokens WHERE user_id = $1 AND expires_at > now()) AS live,
              (SELECT count(*)::int FROM rate_limit_counters WHERE key = $2) AS idle,
              (SELECT count(*)::int FROM rate_limit_counters WHERE key = $3) AS active,
              (SELECT array_agg(subject) FROM dev_mail_messages) AS mailbox`,
      [user.id, idle, active],
    );
    expect(left).toEqual({ expired: 0, live: 1, idle: 0, active: 1, mailbox: ['new'] });
  });
});

describe('ROLE: an HTTP-only instance leaves e-mails to the worker instances', () => {
  let apiSmtp: TestSmtpServer;
  let workerSmtp: TestSmtpServer;
  let api: TestApp;
  let worker: TestApp;

  beforeAll(async () => {
    // Each instance gets its own SMTP server, so the one that received the e-mail is the one that sent it.
    apiSmtp = new TestSmtpServer(await freePort());
    workerSmtp = new TestSmtpServer(await freePort());
    await Promise.all([apiSmtp.start(), workerSmtp.start()]);
    api = await createTestApp({ env: { ROLE: 'api', SMTP_URL: apiSmtp.url } });
    worker = await createTestApp({ env: { ROLE: 'worker', SMTP_URL: workerSmtp.url, MAIL_POLL_INTERVAL: '1s' } });
  });
  afterAll(async () => {
    await api.close();
    await worker.close();
    await Promise.all([apiSmtp.stop(), workerSmtp.stop()]);
  });

  it('an invitation made through the API instance is sent by the worker', async () => {
    const fixtures = new Fixtures(api);
    const tenant = await fixtures.tenant();
    const role = await fixtures.role(tenant.id, ['users.manage']);
    const admin = await fixtures.user();
    await fixtures.member(tenant.id, admin.id, [role]);
    const token = await fixtures.login(admin.email);
    const emails = Array.from({ length: 6 }, (_, i) => `role-${i}-${randomUUID()}@example.test`);
    for (const email of emails) {
      await api
        .http()
        .post(`/api/tenants/${tenant.id}/invitations`)
        .set('Authorization', `Bearer ${token}`)
        .send({ email, roleIds: [] })
        .expect(201);
    }

    await eventually(() => expect(emails.map((email) => workerSmtp.to(email).length)).toEqual(emails.map(() => 1)));
    await eventually(async () => {
      const rows: { delivery: string }[] = await fixtures.dataSource.query(
        `SELECT delivery FROM invitations WHERE tenant_id = $1`,
        [tenant.id],
      );
      expect(rows.map((row) => row.delivery)).toEqual(emails.map(() => 'sent'));
    });
    expect(apiSmtp.received).toEqual([]);
  });
});
