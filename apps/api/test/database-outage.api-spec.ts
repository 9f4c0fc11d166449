import { Fixtures } from './support/fixtures';
import { freePort } from './support/free-port';
import { eventually } from './support/mailbox';
import { TcpProxy } from './support/tcp-proxy';
import { createTestApp, testDatabaseAddress, type TestApp } from './support/test-app';
import { TestSmtpServer } from './support/test-smtp-server';

describe('the database goes away under a running API, and comes back', () => {
  let proxy: TcpProxy;
  let smtp: TestSmtpServer;
  let testApp: TestApp;

  beforeAll(async () => {
    proxy = new TcpProxy(await freePort(), testDatabaseAddress());
    await proxy.start();
    smtp = new TestSmtpServer(await freePort());
    testApp = await createTestApp({
      databasePort: proxy.port,
      env: { SMTP_URL: smtp.url, MAIL_RETRY_DELAY: '1s', MAIL_POLL_INTERVAL: '1s' },
    });
  });
  afterAll(async () => {
    await testApp.close();
    await proxy.cut();
    await smtp.stop();
  });

  it('answers 503 problems with Retry-After within 2 s, says not ready, recovers by itself and loses nothing', async () => {
    const fixtures = new Fixtures(testApp);
    const admin = await fixtures.memberWith(['users.manage']);
    const invitations = `/api/tenants/${admin.tenant.id}/invitations`;
    const as = (request: ReturnType<ReturnType<TestApp['http']>['get']>) =>
      request.set('Authorization', `Bearer ${admin.token}`);
    // Queued while the mail server is down: it has to survive the outage and go out afterwards.
    const email = `outage-${Date.now()}@example.test`;
    await as(testApp.http().post(invitations)).send({ email, roleIds: [] }).expect(201);

    await proxy.cut();
    const calls = {
      me: () => as(testApp.http().get('/api/me')),
      list: () => as(testApp.http().get(invitations)),
      create: () => as(testApp.http().post(invitations)).send({ email: 'during@example.test', roleIds: [] }),
      login: () => testApp.http().post('/api/auth/login').send({ email: 'x@example.test', password: 'whatever it is' }),
    };
    for (const [name, call] of Object.entries(calls)) {
      const started = Date.now();
      const response = await call();
      expect({ name, status: response.status }).toEqual({ name, status: 503 });
      expect(Date.now() - started).toBeLessThan(2000);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(response.headers['retry-after']).toBe('5');
      expect(response.body.code).toBe('service_unavailable');
    }
    const health = await testApp.http().get('/api/health');
    expect(health.status).toBe(503);
    expect(health.body).toEqual({ status: 'degraded', database: 'down' });

    await proxy.start();
    await smtp.start();
    await eventually(() => calls.me().expect(200));
    await testApp.http().get('/api/health').expect(200);
    await eventually(() => expect(smtp.to(email)).toHaveLength(1), 30_000);
    await calls.create().expect(201);
  });
});
