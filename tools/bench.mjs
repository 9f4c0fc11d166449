// `npm run bench`: the product's load test. Builds the production bundle, starts the real server on a fresh
// embedded PostgreSQL in a temporary DATA_DIR, seeds each case with our seed CLI and drives it with
// autocannon (BENCH_CONNECTIONS connections, BENCH_DURATION s per case after BENCH_WARMUP s, BENCH_RUNS
// runs, medians); measures e-mail and live-event latency, the SPA's JavaScript bytes and Lighthouse
// scores; prints a table and writes bench/results.json. BENCH_CASES picks case groups; BENCH_PEER=1 runs
// the Better Auth peer first and compares. The modules are in tools/bench/.
import { randomBytes } from 'node:crypto';
import { createCase, createManyCase, listCase, meCase } from './bench/api-cases.mjs';
import { waitForChromium } from './bench/browser.mjs';
import { PASSWORD, RAISED_DAILY_LIMIT, readKnobs } from './bench/config.mjs';
import { eventsLatencyCase } from './bench/events-latency.mjs';
import { lighthouseCase } from './bench/lighthouse.mjs';
import { mailLatencyCase } from './bench/mail-latency.mjs';
import { startMailSink } from './bench/mail-sink.mjs';
import { addPeerResults, runPeer } from './bench/peer.mjs';
import { cleanUp, cleanUpOnSignals, freePort, interrupted } from './bench/processes.mjs';
import {
  Results,
  currentLoadAvg,
  machine,
  postgresSettings,
  printPeerComparison,
  printTable,
  versions,
  writeResults,
} from './bench/report.mjs';
import { buildProduct, dataDir, snapshotBuild, startApi } from './bench/server.mjs';
import { webBytesCase } from './bench/web-bytes.mjs';

const GROUPS = {
  create: ['one admin, a new address per request', createCase],
  mail: ['201 -> e-mail received, 200 invitations at 20/s during a create load', mailLatencyCase],
  events: ['role change via instance 1 -> event on instance 2, during a create load', eventsLatencyCase],
  many: ['200 admins in 100 customers, within the default limits (fresh admins per run)', createManyCase],
  list: [
    '100 000 invitations in the customer: first page, page 200, text filter, by e-mail, failed deliveries, counts',
    listCase,
  ],
  me: ['GET /api/me for a member of 3 customers', meCase],
  web: ['JavaScript bytes of /login and /invite, gzip', webBytesCase],
  lighthouse: ['Lighthouse, mobile profile, /login and /invite', lighthouseCase],
};

// One server configuration per phase; the phases share the database (the server restarts in between).
const PHASES = [
  {
    groups: ['create', 'mail', 'events'],
    env: { INVITATION_DAILY_LIMIT: String(RAISED_DAILY_LIMIT) },
    note:
      `NOTE: for create, mail and events (this run only) the server runs with INVITATION_DAILY_LIMIT=` +
      `${RAISED_DAILY_LIMIT} (default 50), so one fresh admin per run can carry a whole create load.`,
  },
  { groups: ['many', 'list', 'me', 'web', 'lighthouse'], env: {} },
];

const log = (line) => console.log(line);

async function main(knobs, results) {
  const loadAvgAtStart = currentLoadAvg(); // above ~0.5 something else is busy: compare with care
  const peer = knobs.peer ? await runPeer(knobs, log) : undefined;
  if (peer) addPeerResults(results, peer);
  if (knobs.cases.has('web') || knobs.cases.has('lighthouse')) await waitForChromium();
  log('building the production bundle (nx run-many -t build -p api web)…');
  await buildProduct();
  const ctx = { knobs, results, log, appDir: snapshotBuild(), sink: await startMailSink(), invited: 0 };
  const baseEnv = {
    DATA_DIR: dataDir(),
    EMBEDDED_PG_PORT: String(await freePort()),
    DEV_SMTP_PORT: String(await freePort()),
    LOG_LEVEL: 'warn',
    // Both instances of the events case must accept each other's tokens.
    JWT_SECRET: randomBytes(36).toString('base64url'),
    // Every e-mail goes to the bench's own sink, which times its arrival.
    SMTP_URL: ctx.sink.url,
    SEED_ADMIN_PASSWORD: PASSWORD,
  };
  let postgres;
  try {
    for (const phase of PHASES) {
      const groups = phase.groups.filter((group) => knobs.cases.has(group));
      if (groups.length === 0) continue;
      if (phase.note) log(`\n${phase.note}`);
      ctx.serverEnv = { ...baseEnv, ...phase.env };
      ctx.server = await startApi({ label: 'api-1', appDir: ctx.appDir, env: ctx.serverEnv });
      try {
        postgres ??= await postgresSettings(ctx.server.databaseUrl);
        for (const group of groups) {
          log(`\n${group}: ${GROUPS[group][0]}`);
          await GROUPS[group][1](ctx);
        }
      } finally {
        await ctx.server.stop();
      }
    }
  } finally {
    await ctx.sink.close();
  }
  printTable(results, knobs);
  if (peer) printPeerComparison(results);
  writeResults({
    date: new Date().toISOString(),
    results: results.list(),
    machine: machine(),
    versions: versions(),
    postgres,
    loadAvgAtStart,
    config: {
      runs: knobs.runs,
      durationS: knobs.duration,
      warmupS: knobs.warmup,
      connections: knobs.connections,
      cases: [...knobs.cases],
      raisedDailyLimit: { value: RAISED_DAILY_LIMIT, for: ['create', 'mail', 'events'] },
      invitationEmailsSent: ctx.invited,
    },
    details: results.details,
    ...(peer && {
      peer: {
        versions: peer.versions,
        postgres: peer.postgres,
        loadAvgAtStart: peer.machine?.loadAvgAtStart,
        config: peer.config,
        summary: peer.summary,
      },
    }),
  });
}

cleanUpOnSignals();
let exitCode = 0;
let knobs;
const results = new Results();
try {
  knobs = readKnobs(process.env);
  await main(knobs, results);
} catch (error) {
  if (interrupted()) await interrupted(); // the signal handler cleans up and exits
  if (results.entries.size > 0) {
    console.log('\nmeasured before the failure (not written to bench/results.json):');
    printTable(results, knobs);
  }
  console.error(`\nbench failed: ${error instanceof Error ? error.message : String(error)}`);
  if (process.env.BENCH_DEBUG) console.error(error);
  exitCode = 1;
} finally {
  await cleanUp();
}
process.exit(exitCode);
