import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '../support/free-port';
import { TestSmtpServer } from '../support/test-smtp-server';
import { isAlive, postmasterPid, startServer, waitFor, type ServerProcess } from './server-process';

describe('the e-mail outbox survives kill -9', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'cloudhub-outbox-'));
  chmodSync(dataDir, 0o755);
  let server: ServerProcess | undefined;
  let smtp: TestSmtpServer;

  afterAll(async () => {
    if (server && server.child.exitCode === null) server.child.kill('SIGTERM');
    await server?.exited;
    await smtp?.stop();
    const pid = postmasterPid(dataDir);
    if (pid && isAlive(pid)) process.kill(pid, 'SIGINT');
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('sends an invitation committed just before the API was killed, after the restart', async () => {
    smtp = new TestSmtpServer(await freePort());
    const port = String(await freePort());
    const env = {
      PORT: port,
      DATA_DIR: dataDir,
      EMBEDDED_PG_PORT: String(await freePort()),
      SMTP_URL: smtp.url, // nothing listens yet: the first attempts fail, the job stays queued
      SEED_ADMIN_PASSWORD: 'outbox test password',
      MAIL_RETRY_DELAY: '1s',
      MAIL_RETRY_LIMIT: '30',
    };
    const base = `http://127.0.0.1:${port}`;
    server = await startServer(env);
    const login = await fetch(`${base}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'admin@example.com', password: 'outbox test password' }),
    });
    const { accessToken } = (await login.json()) as { accessToken: string };
    const auth = { authorization: `Bearer ${accessToken}`, 'content-type': 'application/json' };
    const me = (await (await fetch(`${base}/api/me`, { headers: auth })).json()) as {
      memberships: { tenantId: string }[];
    };
    const email = `survivor-${Date.now()}@example.test`;

    const invited = await fetch(`${base}/api/tenants/${me.memberships[0].tenantId}/invitations`, {
      method: 'POST',
      headers: auth,
      body: JSON.stringify({ email, roleIds: [] }),
    });
    expect(invited.status).toBe(201);
    server.child.kill('SIGKILL');
    await server.exited;

    await smtp.start();
    server = await startServer(env);
    await waitFor(
      () => smtp.to(email).length > 0,
      60_000,
      () => `no e-mail to ${email}`,
    );
    expect(smtp.to(email)[0]).toMatchObject({
      subject: expect.stringContaining('Acme Devices GmbH'),
      messageId: expect.stringMatching(/^<[0-9a-f-]{36}@/),
    });
  });
});
