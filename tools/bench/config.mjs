// The knobs of `npm run bench`, read once from the environment and checked, so a typo fails at once
// instead of after a twenty-minute run.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const RESULTS_FILE = join(ROOT, 'bench', 'results.json');
export const PEER_DIR = join(ROOT, '..', 'shared', 'peers', 'better-auth');

/** Case groups in the order they run; each group reports one or more result names. */
export const CASE_GROUPS = ['create', 'mail', 'events', 'many', 'list', 'me', 'web', 'lighthouse'];

/** The password of every user the bench seeds (the demo users included, through SEED_ADMIN_PASSWORD). */
export const PASSWORD = 'benchmark password that is long enough';

/** Invitations per admin and day for the single-admin create load (the default is 50). */
export const RAISED_DAILY_LIMIT = 10_000;

export function readKnobs(env) {
  const number = (name, fallback, min) => {
    const raw = env[name]?.trim() || String(fallback);
    const value = Number(raw);
    if (!Number.isFinite(value) || value < min) throw new Error(`${name}=${raw}: must be a number ≥ ${min}`);
    return value;
  };
  const cases = (env.BENCH_CASES?.trim() || CASE_GROUPS.join(','))
    .split(',')
    .map((name) => name.trim())
    .filter(Boolean);
  const unknown = cases.filter((name) => !CASE_GROUPS.includes(name));
  if (unknown.length) throw new Error(`BENCH_CASES: unknown ${unknown.join(', ')} (known: ${CASE_GROUPS.join(',')})`);
  return {
    runs: Math.round(number('BENCH_RUNS', 3, 1)),
    duration: number('BENCH_DURATION', 15, 1),
    warmup: number('BENCH_WARMUP', 3, 0),
    connections: Math.round(number('BENCH_CONNECTIONS', 10, 1)),
    cases: new Set(cases),
    peer: env.BENCH_PEER === '1' || env.BENCH_PEER === 'true',
  };
}
