// Server lifecycle: build the production bundle, freeze a copy of it, start and stop the real API on it.
import { cpSync, existsSync, mkdirSync, readFileSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { run } from '../run.mjs';
import { ROOT } from './config.mjs';
import { GiveUp, freePort, spawnTracked, stopChild, stopPid, tempDir, trackPid, waitFor } from './processes.mjs';

/**
 * The environment of every process the bench starts: the caller's basics (paths, locale, proxy and npm
 * settings) and nothing else, so no setting of the app (DATABASE_URL, ROLE, …, also ones added later)
 * leaks in from the caller's shell; every run starts from the app's defaults plus `extra`.
 */
const PASSED_ON =
  /^(PATH|HOME|USER|LOGNAME|SHELL|TERM|LANG|LC_\w+|TZ|TMPDIR|NODE_EXTRA_CA_CERTS|SSL_CERT_\w+|npm_config_\w+|(http|https|no)_proxy)$/i;

export function cleanEnv(extra) {
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => PASSED_ON.test(name)));
  return { ...env, ...extra };
}

export async function buildProduct() {
  // By path, so that `node tools/bench.mjs` works outside `npm run` too.
  await run(
    join(ROOT, 'node_modules', '.bin', 'nx'),
    ['run-many', '-t', 'build', '-p', 'api', 'web', '--output-style=static'],
    { cwd: ROOT },
  );
}

/**
 * Copies dist/api and dist/web to a temporary folder (with a link to node_modules) and runs from there:
 * other people's `npm test` rebuilds dist/ (`rm -rf dist/api`) while a long benchmark runs.
 */
export function snapshotBuild() {
  const dir = tempDir('cloudhub-bench-app-');
  for (const part of ['api', 'web']) {
    const from = join(ROOT, 'dist', part);
    if (!existsSync(from)) throw new Error(`dist/${part} is missing after the build`);
    cpSync(from, join(dir, 'dist', part), { recursive: true });
  }
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return dir;
}

/**
 * Starts `node dist/api/apps/api/src/main.js` in `appDir` and waits for its banner and /api/health.
 * Returns its base URL and the DATABASE_URL a second instance joins with.
 */
export async function startApi({ label, appDir, env }) {
  const port = env.PORT ?? String(await freePort());
  const child = spawnTracked(label, process.execPath, ['dist/api/apps/api/src/main.js'], {
    cwd: appDir,
    env: cleanEnv({ ...env, PORT: port }),
  });
  let output = '';
  const relay = (stream, target) =>
    stream.on('data', (chunk) => {
      output += chunk;
      // Until the banner everything is kept for the error message; later lines are warnings worth seeing.
      if (output.includes('CloudHub Access is running')) target.write(prefixLines(`[${label}] `, String(chunk)));
    });
  relay(child.stdout, process.stdout);
  relay(child.stderr, process.stderr);
  const banner = await waitFor(
    `${label} to print its banner`,
    () => {
      if (child.exitCode !== null) throw new GiveUp(`${label} exited with ${child.exitCode}`);
      return output.includes('A second instance joins with:') && output;
    },
    { timeoutMs: 120_000 },
  ).catch((error) => {
    throw new Error(`${error.message}:\n${output.trim().slice(-4000)}`);
  });
  const base = `http://127.0.0.1:${port}`;
  await waitFor(`${label} /api/health`, async () => (await fetch(`${base}/api/health`)).ok, { timeoutMs: 30_000 });
  const databaseUrl = /A second instance joins with: DATABASE_URL=(\S+)/.exec(banner)?.[1];
  if (!databaseUrl) throw new Error(`${label}: no DATABASE_URL in its banner:\n${banner}`);
  const postmaster = env.DATABASE_URL ? undefined : rememberPostmaster(env.DATA_DIR);
  return {
    label,
    base,
    port,
    databaseUrl,
    pid: child.pid,
    async stop() {
      await stopChild(child);
      // The API stops its PostgreSQL on SIGTERM; after a SIGKILL the postmaster would be left behind.
      if (postmaster) await stopPid(postmaster);
    },
  };
}

function rememberPostmaster(dataDir) {
  const file = join(dataDir, 'postgres', 'postmaster.pid');
  if (!existsSync(file)) return undefined;
  const pid = Number(readFileSync(file, 'utf8').split('\n')[0]);
  if (!Number.isInteger(pid) || pid <= 0) return undefined;
  trackPid(pid, 'postgres');
  return pid;
}

const prefixLines = (prefix, text) =>
  text
    .split('\n')
    .map((line, i, lines) => (line === '' && i === lines.length - 1 ? '' : `${prefix}${line}`))
    .join('\n');

/** A fresh folder for one embedded cluster. */
export function dataDir() {
  const dir = tempDir('cloudhub-bench-data-');
  mkdirSync(dir, { recursive: true });
  return dir;
}
