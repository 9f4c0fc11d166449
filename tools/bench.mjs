// `npm run bench`: latency of the hot API paths on a real PostgreSQL holding 100 000 invitations.
// Starts the built API on a fresh embedded PostgreSQL (production bcrypt cost), bulk-seeds through
// `npm run seed`, measures sequential requests and prints p50/p95/max per case. Numbers, not asserts.
import { spawn, execFileSync } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from './run.mjs';

const INVITATIONS = Number(process.env.BENCH_INVITATIONS ?? 100_000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 100);
const PASSWORD = 'benchmark password that is long';

const freePort = () =>
  new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

await run('nx', ['run', 'api:build', '--output-style=static']);
const dataDir = mkdtempSync(join(tmpdir(), 'cloudhub-bench-'));
chmodSync(dataDir, 0o755);
const env = {
  ...process.env,
  PORT: String(await freePort()),
  DATA_DIR: dataDir,
  EMBEDDED_PG_PORT: String(await freePort()),
  DEV_SMTP_PORT: String(await freePort()),
  SEED_ADMIN_PASSWORD: PASSWORD,
  LOG_LEVEL: 'warn',
  INVITATION_DAILY_LIMIT: '10000',
};
const base = `http://127.0.0.1:${env.PORT}`;
const api = spawn(process.execPath, ['dist/api/apps/api/src/main.js'], { env, stdio: ['ignore', 'pipe', 'inherit'] });
let banner = '';
api.stdout.on('data', (chunk) => (banner += chunk));
const stopApi = () =>
  new Promise((resolve) => (api.exitCode !== null ? resolve() : (api.once('exit', resolve), api.kill('SIGTERM'))));

try {
  const deadline = Date.now() + 60_000;
  while (!banner.includes('CloudHub Access is running')) {
    if (Date.now() > deadline || api.exitCode !== null) throw new Error(`the API did not start:\n${banner}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const seeded = Date.now();
  execFileSync(
    process.execPath,
    ['dist/api/apps/api/src/database/seed/seed-cli.js', '--invitations', String(INVITATIONS)],
    {
      env,
      stdio: 'inherit',
    },
  );
  const seedSeconds = (Date.now() - seeded) / 1000;

  const login = () =>
    fetch(`${base}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': `10.9.${Math.floor(Math.random() * 250)}.1` },
      body: JSON.stringify({ email: 'admin@example.com', password: PASSWORD }),
    });
  const { accessToken } = await (await login()).json();
  const headers = { authorization: `Bearer ${accessToken}`, 'content-type': 'application/json' };
  const me = await (await fetch(`${base}/api/me`, { headers })).json();
  const tenant = me.memberships.find((membership) => membership.customerNumber === '100042').tenantId;
  const invitations = `${base}/api/tenants/${tenant}/invitations`;

  let deepCursor = null;
  for (let page = 0; page < 20; page++) {
    const body = await (
      await fetch(`${invitations}?limit=50${deepCursor ? `&cursor=${deepCursor}` : ''}`, { headers })
    ).json();
    deepCursor = body.nextCursor;
  }
  let created = 0;
  const cases = [
    ['GET /api/me', () => fetch(`${base}/api/me`, { headers })],
    ['list invitations, first page (50)', () => fetch(`${invitations}?limit=50`, { headers })],
    ['list invitations, status=pending', () => fetch(`${invitations}?status=pending&limit=50`, { headers })],
    ['list invitations, status=expired', () => fetch(`${invitations}?status=expired&limit=50`, { headers })],
    ['list invitations, q=bulk-4242 (few hits)', () => fetch(`${invitations}?q=bulk-4242-&limit=50`, { headers })],
    ['list invitations, q=nobody (no hit)', () => fetch(`${invitations}?q=nobody&limit=50`, { headers })],
    ['list invitations, page 21 by cursor', () => fetch(`${invitations}?limit=50&cursor=${deepCursor}`, { headers })],
    ['invitation quota', () => fetch(`${invitations}/quota`, { headers })],
    [
      'create invitation (row + quota + queued e-mail)',
      () =>
        fetch(invitations, {
          method: 'POST',
          headers,
          body: JSON.stringify({ email: `bench-${Date.now()}-${created++}@example.test`, roleIds: [] }),
        }),
    ],
    ['login (bcrypt cost 12)', login, 20],
  ];

  const results = [];
  for (const [name, call, rounds = ROUNDS] of cases) {
    for (let i = 0; i < 5; i++) await (await call()).arrayBuffer();
    const times = [];
    for (let i = 0; i < rounds; i++) {
      const started = performance.now();
      const response = await call();
      await response.arrayBuffer();
      if (!response.ok) throw new Error(`${name}: HTTP ${response.status}`);
      times.push(performance.now() - started);
    }
    times.sort((a, b) => a - b);
    const at = (q) => times[Math.min(times.length - 1, Math.floor(q * times.length))].toFixed(1);
    results.push({
      case: name,
      n: rounds,
      'p50 ms': at(0.5),
      'p95 ms': at(0.95),
      'max ms': times[times.length - 1].toFixed(1),
    });
  }
  console.log(
    `\n${INVITATIONS} invitations seeded in ${seedSeconds.toFixed(1)} s (one SQL statement). Sequential requests over HTTP on 127.0.0.1:`,
  );
  console.table(results);
} finally {
  await stopApi();
  rmSync(dataDir, { recursive: true, force: true });
}
