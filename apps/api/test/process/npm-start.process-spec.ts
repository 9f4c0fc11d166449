import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '../support/free-port';
import { isAlive, postmasterPid, startServer, waitFor, type ServerProcess } from './server-process';

/**
 * The quick start as a newcomer meets it: the built API on an embedded PostgreSQL and the capture SMTP
 * server, restarted, crashed, joined by a second instance, and misconfigured.
 */
describe('npm start', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'cloudhub-start-'));
  chmodSync(dataDir, 0o755);
  let env: Record<string, string>;
  let first: ServerProcess | undefined;
  let password: string;

  const baseUrl = () => `http://127.0.0.1:${env.PORT}`;
  const login = (url: string, pass = password) =>
    fetch(`${url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'admin@example.com', password: pass }),
    });

  beforeAll(async () => {
    env = {
      PORT: String(await freePort()),
      DATA_DIR: dataDir,
      EMBEDDED_PG_PORT: String(await freePort()),
      DEV_SMTP_PORT: String(await freePort()),
    };
  });

  afterAll(async () => {
    for (const server of [first]) if (server && server.child.exitCode === null) server.child.kill('SIGTERM');
    await first?.exited;
    const pid = postmasterPid(dataDir);
    if (pid && isAlive(pid)) process.kill(pid, 'SIGINT');
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('starts on a fresh machine: migrates, seeds, prints one banner with the credentials once', async () => {
    first = await startServer(env);
    const output = first.output();
    expect(output).toContain(`App:          http://localhost:${env.PORT}/`);
    expect(output).toContain(`Swagger UI:   http://localhost:${env.PORT}/api/docs`);
    expect(output).toContain(`Dev mailbox:  http://localhost:${env.PORT}/dev/mailbox`);
    expect(output).toContain(`DATABASE_URL=postgres://postgres:***@127.0.0.1:${env.EMBEDDED_PG_PORT}/cloudhub`);
    expect(output).toContain(`SMTP_URL=smtp://127.0.0.1:${env.DEV_SMTP_PORT}`);
    password = /password: (\S+)/.exec(output)?.[1] ?? '';
    expect(password).toHaveLength(16);
    expect((await fetch(`${baseUrl()}/api/health`)).status).toBe(200);
    expect((await login(baseUrl())).status).toBe(200);
  });

  it('writes JSON logs with a request id and never a password, token or cookie', async () => {
    const response = await login(baseUrl());
    const { accessToken } = (await response.json()) as { accessToken: string };
    const cookie = (response.headers.get('set-cookie') ?? '').split(';')[0];
    await fetch(`${baseUrl()}/api/me`, { headers: { authorization: `Bearer ${accessToken}` } });
    await fetch(`${baseUrl()}/api/auth/refresh`, { method: 'POST', headers: { cookie } });
    await waitFor(
      () => first!.output().includes('"url":"/api/auth/refresh"'),
      5000,
      () => 'no log line for refresh',
    );
    const logs = first!.output().slice(first!.output().indexOf('/api/auth/login'));
    const requestLine = logs.split('\n').find((line) => line.includes('"url":"/api/me"'));
    expect(JSON.parse(requestLine ?? '{}')).toMatchObject({ req: { id: expect.any(String), method: 'GET' } });
    expect(logs).not.toContain(password);
    expect(logs).not.toContain(accessToken);
    expect(logs).not.toContain(cookie.split('=')[1]);
  });

  it('serves the SPA at / and falls back to it on deep links, but not under /api', async () => {
    const home = await fetch(`${baseUrl()}/`, { headers: { accept: 'text/html' } });
    const deep = await fetch(`${baseUrl()}/c/100042/orders`, { headers: { accept: 'text/html' } });
    expect(home.status).toBe(200);
    expect(await deep.text()).toBe(await home.text());
    expect((await fetch(`${baseUrl()}/api/nothing-here`, { headers: { accept: 'text/html' } })).status).toBe(404);
  });

  it('lets a second instance join the same database and mail server', async () => {
    const databaseUrl = /DATABASE_URL=(postgres:\/\/\S+) SMTP_URL/.exec(first!.output())?.[1] ?? '';
    const smtpUrl = `smtp://127.0.0.1:${env.DEV_SMTP_PORT}`;
    const port = String(await freePort());
    const second = await startServer({ PORT: port, DATABASE_URL: databaseUrl, SMTP_URL: smtpUrl, DATA_DIR: dataDir });
    try {
      expect(second.output()).not.toContain('Demo world created');
      expect(second.output()).toContain('Dev mailbox:  off');
      expect((await login(`http://127.0.0.1:${port}`)).status).toBe(200);
      expect((await fetch(`http://127.0.0.1:${port}/api/dev/mailbox`)).status).toBe(404);
    } finally {
      second.child.kill('SIGTERM');
      expect(await second.exited).toBe(0);
    }
  });

  it('does not take over the embedded PostgreSQL of a running instance, and says how to share it', async () => {
    const clash = await startServer({ ...env, PORT: String(await freePort()) });
    expect(await clash.exited).toBe(1);
    expect(clash.output()).toContain('already run by another process');
    expect(clash.output()).toContain(
      `DATABASE_URL=postgres://postgres:postgres@127.0.0.1:${env.EMBEDDED_PG_PORT}/cloudhub`,
    );
    expect((await fetch(`${baseUrl()}/api/health`)).status).toBe(200);
  });

  it('stops cleanly on SIGTERM, PostgreSQL included, and keeps its data for the next start', async () => {
    const pid = postmasterPid(dataDir);
    expect(pid && isAlive(pid)).toBe(true);
    first!.child.kill('SIGTERM');
    expect(await first!.exited).toBe(0);
    expect(isAlive(pid!)).toBe(false);

    first = await startServer(env);
    expect(first.output()).not.toContain('Demo world created');
    expect((await login(baseUrl())).status).toBe(200);
  });

  it('recovers after kill -9 left PostgreSQL running with its postmaster.pid', async () => {
    const stalePid = postmasterPid(dataDir);
    first!.child.kill('SIGKILL');
    await first!.exited;
    expect(isAlive(stalePid!)).toBe(true);

    first = await startServer(env);
    expect((await login(baseUrl())).status).toBe(200);
    expect(isAlive(stalePid!)).toBe(false);
  });

  it('refuses a bad setting with a message naming the variable, before starting anything', async () => {
    const server = await startServer({ ...env, PORT: String(await freePort()), INVITATION_TTL: 'abc' });
    expect(await server.exited).toBe(1);
    expect(server.output()).toContain(
      'Configuration error: INVITATION_TTL: must be a duration such as 90s, 15m, 24h or 7d',
    );
  });
});
