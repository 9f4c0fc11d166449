import { spawn, type ChildProcess } from 'node:child_process';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ADMIN, BUYER, DEMO_PASSWORD, INVITATION_DAILY_LIMIT } from './demo';

const ROOT = resolve(__dirname, '../../../..');
const START_DEADLINE_MS = 90_000;
const STOP_DEADLINE_MS = 30_000;

/**
 * Starts the built API (serving the built SPA) on free ports with a fresh database, and returns the
 * teardown that stops it with SIGTERM, so that its embedded PostgreSQL stops too.
 */
export default async function globalSetup(): Promise<() => Promise<void>> {
  const [httpPort, postgresPort, smtpPort] = await freePorts(3);
  const dataDir = await mkdtemp(join(tmpdir(), 'cloudhub-web-e2e-'));
  // The embedded cluster runs as the postgres user, which must be able to enter this folder.
  await chmod(dataDir, 0o755);
  const baseUrl = `http://127.0.0.1:${httpPort}`;
  const api = spawn(process.execPath, ['dist/api/apps/api/src/main.js'], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      NODE_ENV: 'test',
      PORT: String(httpPort),
      APP_URL: baseUrl,
      DATA_DIR: dataDir,
      EMBEDDED_PG_PORT: String(postgresPort),
      DEV_SMTP_PORT: String(smtpPort),
      SEED_ADMIN_PASSWORD: DEMO_PASSWORD,
      BCRYPT_COST: '4',
      LOG_LEVEL: 'warn',
      WEB_DIST_DIR: join(ROOT, 'dist/web'),
      // Each test sends its own X-Forwarded-For, so the per-address login limit counts per test.
      TRUST_PROXY_HOPS: '1',
      // Every invitation test sends as the one demo admin; the specs' e-mails together stay well below this.
      INVITATION_DAILY_LIMIT: String(INVITATION_DAILY_LIMIT),
    },
  });
  const output = keepTail(api);
  try {
    await waitUntilHealthy(`${baseUrl}/api/health`, api, output);
    await finishWelcomeTours(baseUrl, [ADMIN, BUYER]);
  } catch (error) {
    await stop(api);
    await rm(dataDir, { recursive: true, force: true });
    throw error;
  }
  process.env.E2E_BASE_URL = baseUrl;
  process.env.E2E_SMTP_PORT = String(smtpPort);
  process.env.E2E_DATABASE_URL = `postgres://postgres:postgres@127.0.0.1:${postgresPort}/cloudhub`;

  return async () => {
    await stop(api);
    await rm(dataDir, { recursive: true, force: true });
  };
}

/**
 * The demo users have rights, so their first visit would open the welcome tour over every page the specs
 * look at: they are set up as having seen it (the tour's own spec uses users of its own).
 */
async function finishWelcomeTours(baseUrl: string, emails: readonly string[]): Promise<void> {
  for (const email of emails) {
    const login = await fetch(`${baseUrl}/api/auth/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email, password: DEMO_PASSWORD }),
    });
    if (!login.ok) throw new Error(`Login of ${email} for the setup failed: ${login.status}`);
    const { accessToken } = (await login.json()) as { accessToken: string };
    const headers = { Authorization: `Bearer ${accessToken}`, 'Content-Type': 'application/json' };
    const me = (await (await fetch(`${baseUrl}/api/me`, { headers })).json()) as {
      memberships: { tenantId: string }[];
    };
    for (const { tenantId } of me.memberships) {
      const done = await fetch(`${baseUrl}/api/me/memberships/${tenantId}/tour`, {
        method: 'PUT',
        headers,
        body: JSON.stringify({ done: true }),
      });
      if (!done.ok) throw new Error(`Ending the welcome tour of ${email} failed: ${done.status}`);
    }
  }
}

async function freePorts(count: number): Promise<number[]> {
  // All held open together, so that no two of them are the same port.
  const servers = await Promise.all(
    Array.from(
      { length: count },
      () =>
        new Promise<ReturnType<typeof createServer>>((done, fail) => {
          const server = createServer();
          server.once('error', fail);
          server.listen(0, '127.0.0.1', () => done(server));
        }),
    ),
  );
  const ports = servers.map((server) => {
    const address = server.address();
    if (address === null || typeof address === 'string') throw new Error('no TCP port');
    return address.port;
  });
  await Promise.all(servers.map((server) => new Promise((done) => server.close(done))));
  return ports;
}

function keepTail(child: ChildProcess): () => string {
  let tail = '';
  const keep = (chunk: Buffer) => {
    tail = (tail + chunk.toString()).slice(-8_000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  return () => tail;
}

async function waitUntilHealthy(url: string, api: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + START_DEADLINE_MS;
  while (Date.now() < deadline) {
    if (api.exitCode !== null) throw new Error(`The API exited with ${api.exitCode} while starting:\n${output()}`);
    const healthy = await fetch(url).then(
      (response) => response.ok,
      () => false,
    );
    if (healthy) return;
    await new Promise((next) => setTimeout(next, 150));
  }
  throw new Error(`The API did not answer ${url} within ${START_DEADLINE_MS / 1000} s:\n${output()}`);
}

async function stop(api: ChildProcess): Promise<void> {
  if (api.exitCode !== null || api.signalCode !== null) return;
  const exited = new Promise<void>((done) => api.once('exit', () => done()));
  api.kill('SIGTERM');
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, fail) => {
    timer = setTimeout(
      () => fail(new Error(`The API (pid ${api.pid}) did not stop within ${STOP_DEADLINE_MS / 1000} s of SIGTERM`)),
      STOP_DEADLINE_MS,
    );
  });
  try {
    await Promise.race([exited, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
