import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '../support/free-port';
import { TestSmtpServer } from '../support/test-smtp-server';
import { isAlive, postmasterPid, startServer, waitFor, type ServerProcess } from './server-process';

const PASSWORD = 'kill test password that is long';
const LIMIT = 30;

/** Fetch that reports a connection cut by the killed instance as `status: 0` instead of throwing. */
async function call(url: string, init: RequestInit): Promise<{ status: number; body: unknown }> {
  try {
    const response = await fetch(url, init);
    return { status: response.status, body: await response.json().catch(() => null) };
  } catch {
    return { status: 0, body: null };
  }
}

describe('kill -9 of one instance while another runs', () => {
  const dataDirs = [0, 1].map(() => mkdtempSync(join(tmpdir(), 'cloudhub-kill-')));
  const servers: ServerProcess[] = [];
  let smtp: TestSmtpServer;

  afterAll(async () => {
    for (const server of servers) if (server.child.exitCode === null) server.child.kill('SIGTERM');
    await Promise.all(servers.map((server) => server.exited));
    await smtp?.stop();
    const pid = postmasterPid(dataDirs[0]);
    if (pid && isAlive(pid)) process.kill(pid, 'SIGINT');
    for (const dir of dataDirs) rmSync(dir, { recursive: true, force: true });
  });

  it('loses nothing: the quota stays exact and every committed invitation is sent, once', async () => {
    for (const dir of dataDirs) chmodSync(dir, 0o755);
    smtp = new TestSmtpServer(await freePort());
    await smtp.start();
    const ports = [await freePort(), await freePort()];
    const shared = { SMTP_URL: smtp.url, INVITATION_DAILY_LIMIT: String(LIMIT), MAIL_POLL_INTERVAL: '1s' };
    const first = await startServer({
      ...shared,
      PORT: String(ports[0]),
      DATA_DIR: dataDirs[0],
      EMBEDDED_PG_PORT: String(await freePort()),
      SEED_ADMIN_PASSWORD: PASSWORD,
    });
    servers.push(first);
    const databaseUrl = /joins with: DATABASE_URL=(\S+)/.exec(first.output())?.[1];
    if (!databaseUrl) throw new Error(`no DATABASE_URL in the banner:\n${first.output()}`);
    // The one that is killed serves HTTP only, so no e-mail is mid-send when it dies.
    const second = await startServer({
      ...shared,
      PORT: String(ports[1]),
      DATA_DIR: dataDirs[1],
      DATABASE_URL: databaseUrl,
      ROLE: 'api',
    });
    servers.push(second);
    const [a, b] = ports.map((port) => `http://127.0.0.1:${port}`);

    const { body: login } = await call(`${a}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'admin@example.com', password: PASSWORD }),
    });
    const headers = {
      authorization: `Bearer ${(login as { accessToken: string }).accessToken}`,
      'content-type': 'application/json',
    };
    const { body: me } = await call(`${a}/api/me`, { headers });
    const tenantId = (me as { memberships: { tenantId: string; customerNumber: string }[] }).memberships.find(
      (membership) => membership.customerNumber === '100042',
    )!.tenantId;
    const invitations = (base: string) => `${base}/api/tenants/${tenantId}/invitations`;

    // 40 invitations over both instances at once; the second is killed while they run.
    const run = Date.now();
    const emails = Array.from({ length: 40 }, (_, i) => `kill-${run}-${i}@example.test`);
    let answered = 0;
    const outcomes = emails.map((email, i) =>
      call(invitations(i % 2 === 0 ? a : b), {
        method: 'POST',
        headers,
        body: JSON.stringify({ email, roleIds: [] }),
      }).then((outcome) => {
        answered += 1;
        if (answered === 8) second.child.kill('SIGKILL');
        return outcome;
      }),
    );
    const statuses = (await Promise.all(outcomes)).map((outcome) => outcome.status);
    await second.exited;
    expect(statuses.filter((status) => status === 0).length).toBeGreaterThan(0);

    // What the database holds is the truth: each invitation there counted once, nothing beyond the limit.
    const { body: list } = await call(`${invitations(a)}?limit=100`, { headers });
    const stored = (list as { items: { email: string }[] }).items
      .map((item) => item.email)
      .filter((email) => email.startsWith(`kill-${run}-`));
    const { body: quota } = await call(`${invitations(a)}/quota`, { headers });
    expect(stored.length).toBeLessThanOrEqual(LIMIT);
    expect((quota as { remaining: number }).remaining).toBe(LIMIT - stored.length);
    for (const [i, status] of statuses.entries()) {
      if (status === 201) expect(stored).toContain(emails[i]);
    }
    // Every stored invitation is sent exactly once, those the killed instance committed included.
    await waitFor(
      () => stored.every((email) => smtp.to(email).length > 0),
      60_000,
      () => `not sent: ${stored.filter((email) => smtp.to(email).length === 0).join(', ')}`,
    );
    expect(stored.filter((email) => smtp.to(email).length !== 1)).toEqual([]);
  });
});
