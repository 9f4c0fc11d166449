// events.latency: a member holds GET /api/me/events open on a SECOND API instance; an admin changes the
// member's roles through the FIRST one; measured from sending the PATCH to the event on the stream
// (the event may arrive before the PATCH's answer, so the answer cannot be the start). 100 changes per run,
// during a create load on the first instance.
import { request } from 'node:http';
import { performance } from 'node:perf_hooks';
import { createRequest, freshAdmins, settleMail } from './api-cases.mjs';
import { fire, loadOptions } from './cannon.mjs';
import { PASSWORD } from './config.mjs';
import { expect, login } from './http.mjs';
import { freePort, sleep } from './processes.mjs';
import { seedBatch } from './seed.mjs';
import { dataDir, startApi } from './server.mjs';
import { percentile } from './stats.mjs';

const CHANGES = 100;
const EVENT_TIMEOUT_MS = 10_000;

export async function eventsLatencyCase(ctx) {
  const second = await startApi({
    label: 'api-2',
    appDir: ctx.appDir,
    // Same database, signing key and mail server as the first; its own port and (unused) data folder.
    env: {
      ...ctx.serverEnv,
      DATABASE_URL: ctx.server.databaseUrl,
      PORT: String(await freePort()),
      DATA_DIR: dataDir(),
    },
  });
  try {
    const world = await seedBatch(ctx.appDir, ctx.server, { batch: 'people', customers: 3, admins: 3, memberOf: 3 });
    const customer = world.customers[0];
    const adminToken = await login(ctx.server.base, world.admins[0].email, PASSWORD);
    const memberToken = await login(ctx.server.base, world.member.email, PASSWORD);
    const target = { customer, memberId: world.member.id, adminToken };
    for (let run = 1; run <= ctx.knobs.runs; run++) {
      await eventsRun(ctx, second, target, memberToken, run);
    }
  } finally {
    await second.stop();
  }
}

async function eventsRun(ctx, second, target, memberToken, run) {
  const [loader] = await freshAdmins(ctx, `events-r${run}`, 1);
  const stream = await openEventStream(second.base, memberToken);
  const load = fire({
    ...loadOptions(ctx.knobs, ctx.server.base, createRequest({ ...loader, label: `events-load-r${run}` })),
    duration: 3600, // stopped once the changes are done
  });
  let latencies;
  try {
    await sleep(ctx.knobs.warmup * 1000); // the changes run under a load that has settled
    latencies = await changeRoles(ctx, target, stream);
  } finally {
    load.stop();
    stream.close();
  }
  const loaded = await load.done;
  const p50 = percentile(latencies, 50);
  const p99 = percentile(latencies, 99);
  ctx.results.add('events.latency.p50', 'ms', p50);
  ctx.results.add('events.latency.p99', 'ms', p99);
  ctx.log(
    `  run ${run} events.latency         p50 ${p50.toFixed(0)} ms  p99 ${p99.toFixed(0)} ms  ` +
      `(${CHANGES} role changes via ${ctx.server.label}, stream on ${second.label}, create load ${loaded['2xx']} invitations)`,
  );
  await settleMail(ctx, loaded['2xx']);
}

/** Alternates the member between Technician and Buyer, one change at a time, each awaited on the stream. */
async function changeRoles(ctx, { customer, memberId, adminToken }, stream) {
  const latencies = [];
  for (let i = 0; i < CHANGES; i++) {
    const roleIds = [i % 2 === 0 ? customer.roles.Technician : customer.roles.Buyer];
    const started = performance.now();
    // Listening starts before the change is sent, so an event that beats the PATCH's answer still counts.
    const arrived = stream.next(
      (event) => event.event === 'membership' && JSON.parse(event.data).tenantId === customer.id,
      EVENT_TIMEOUT_MS,
    );
    arrived.catch(() => undefined); // if the PATCH fails, that error is the one to report
    await expect(200, ctx.server.base, 'PATCH', `/api/tenants/${customer.id}/members/${memberId}`, {
      token: adminToken,
      body: { roleIds },
    });
    latencies.push((await arrived) - started);
  }
  return latencies;
}

/**
 * Opens the SSE stream with the bearer header and resolves once its first message (": connected") is in,
 * i.e. once the server has registered the stream. `next(predicate)` resolves with the arrival time of the
 * next matching event.
 */
export function openEventStream(base, token) {
  return new Promise((resolve, reject) => {
    const waiters = new Set();
    let opened = false;
    const req = request(
      new URL('/api/me/events', base),
      { headers: { accept: 'text/event-stream', authorization: `Bearer ${token}` } },
      (res) => {
        if (res.statusCode !== 200) {
          reject(new Error(`GET /api/me/events on ${base}: ${res.statusCode}`));
          res.resume();
          return;
        }
        let buffer = '';
        res.setEncoding('utf8');
        res.on('data', (chunk) => {
          const at = performance.now();
          buffer += chunk.replace(/\r\n/g, '\n');
          for (let end = buffer.indexOf('\n\n'); end >= 0; end = buffer.indexOf('\n\n')) {
            const event = parseEvent(buffer.slice(0, end));
            buffer = buffer.slice(end + 2);
            if (!opened) {
              opened = true;
              resolve(stream);
            }
            for (const waiter of waiters) waiter(event, at);
          }
        });
        res.on('end', () => {
          for (const waiter of waiters) waiter(undefined, undefined, new Error('the event stream ended'));
          if (!opened) reject(new Error(`GET /api/me/events on ${base} ended before its first message`));
        });
      },
    );
    req.on('error', (error) => (opened ? undefined : reject(error)));
    req.end();
    const stream = {
      next(predicate, timeoutMs) {
        return new Promise((resolveNext, rejectNext) => {
          const timer = setTimeout(() => {
            waiters.delete(waiter);
            rejectNext(new Error(`no event on the stream within ${timeoutMs / 1000} s`));
          }, timeoutMs);
          const waiter = (event, at, error) => {
            if (!error && !predicate(event)) return;
            clearTimeout(timer);
            waiters.delete(waiter);
            if (error) rejectNext(error);
            else resolveNext(at);
          };
          waiters.add(waiter);
        });
      },
      close: () => req.destroy(),
    };
  });
}

function parseEvent(block) {
  const event = { event: 'message', data: '' };
  for (const line of block.split('\n')) {
    if (line.startsWith(':')) continue;
    const colon = line.indexOf(':');
    const field = colon < 0 ? line : line.slice(0, colon);
    const value = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
    if (field === 'data') event.data += (event.data ? '\n' : '') + value;
    else if (field === 'event' || field === 'id') event[field] = value;
  }
  return event;
}
