// The autocannon cases: create (one admin), create.many (200 admins in 100 customers), list, me.
// Each function gets the bench context `ctx` (knobs, the running server, the mail sink, the results).
import { describeWindow, measure } from './cannon.mjs';
import { PASSWORD } from './config.mjs';
import { expect, login, loginAll } from './http.mjs';
import { INVITEE_DOMAIN } from './mail-sink.mjs';
import { failBulkDeliveries, seedBatch, seedInvitations } from './seed.mjs';

/** POST invitations as one admin, a new address per request (setupRequest runs for every request). */
export function createRequest({ tenantId, token, roleIds, label }) {
  let n = 0;
  return {
    method: 'POST',
    path: `/api/tenants/${tenantId}/invitations`,
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    requests: [
      {
        setupRequest: (req) => ({
          ...req,
          body: JSON.stringify({ email: `${label}-${n++}@${INVITEE_DOMAIN}`, roleIds }),
        }),
      },
    ],
  };
}

/** The same, each request as the next of several admins (each in its own customer, with its own token). */
function rotatingCreateRequest(admins, label) {
  let n = 0;
  return {
    method: 'POST',
    path: `/api/tenants/${admins[0].tenantId}/invitations`,
    headers: { 'content-type': 'application/json' },
    requests: [
      {
        setupRequest: (req) => {
          const i = n++;
          const admin = admins[i % admins.length];
          return {
            ...req,
            path: `/api/tenants/${admin.tenantId}/invitations`,
            headers: { ...req.headers, authorization: `Bearer ${admin.token}` },
            body: JSON.stringify({ email: `${label}-${i}@${INVITEE_DOMAIN}`, roleIds: admin.roleIds }),
          };
        },
      },
    ],
  };
}

/** A fresh customer with `admins` fresh admins, logged in: nobody starts with a used quota. */
export async function freshAdmins(ctx, batch, admins, customers = 1) {
  const world = await seedBatch(ctx.appDir, ctx.server, { batch, customers, admins });
  const started = Date.now();
  const tokens = await loginAll(
    ctx.server.base,
    world.admins.map((admin) => admin.email),
    PASSWORD,
  );
  if (admins > 10) ctx.log(`  ${admins} admins logged in in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  const customerById = new Map(world.customers.map((customer) => [customer.id, customer]));
  return world.admins.map((admin, i) => {
    const customer = customerById.get(admin.tenantIds[0]);
    return { token: tokens[i], tenantId: customer.id, roleIds: [customer.roles.Buyer] };
  });
}

/** Records a measured window's rate and latencies under `name`.{rps,p50,p99} (those asked for). */
function record(ctx, name, run, m, parts = ['rps', 'p50', 'p99']) {
  ctx.log(describeWindow(name, run, m));
  for (const part of parts) ctx.results.add(`${name}.${part}`, part === 'rps' ? 'req/s' : 'ms', m[part]);
  ctx.results.addDetail(name, { run, ok: m.ok, non2xx: m.non2xx, errors: m.errors, statusCodes: m.statusCodes });
}

/** After a create load: wait until its e-mails are out, so the next window starts on a quiet machine. */
export async function settleMail(ctx, created) {
  ctx.invited += created;
  const seconds = await ctx.sink.drain(ctx.invited);
  if (seconds >= 1) ctx.log(`  (waited ${seconds.toFixed(0)} s for the e-mail backlog to be sent)`);
}

export async function createCase(ctx) {
  for (let run = 1; run <= ctx.knobs.runs; run++) {
    const [admin] = await freshAdmins(ctx, `create-r${run}`, 1);
    const m = await measure(ctx.knobs, ctx.server.base, createRequest({ ...admin, label: `create-r${run}` }));
    record(ctx, 'invite.create', run, m);
    await settleMail(ctx, m.ok + m.warmupOk);
  }
}

export async function createManyCase(ctx) {
  for (let run = 1; run <= ctx.knobs.runs; run++) {
    const admins = await freshAdmins(ctx, `many-r${run}`, 200, 100);
    const m = await measure(ctx.knobs, ctx.server.base, rotatingCreateRequest(admins, `many-r${run}`));
    record(ctx, 'invite.create.many', run, m, ['rps', 'p99']);
    await settleMail(ctx, m.ok + m.warmupOk);
  }
}

export async function listCase(ctx) {
  const { base } = ctx.server;
  const seeded = await seedInvitations(ctx.appDir, ctx.server, 100_000);
  ctx.log(
    `  seeded ${seeded.created} invitations into customer ${seeded.customer} in ${(seeded.ms / 1000).toFixed(1)} s`,
  );
  const token = await login(base, 'admin@example.com', PASSWORD);
  const me = await expect(200, base, 'GET', '/api/me', { token });
  const tenantId = me.memberships.find((membership) => membership.customerNumber === seeded.customer).tenantId;
  const list = `/api/tenants/${tenantId}/invitations`;
  const first = `${list}?status=pending&limit=50`;
  const deep = `${first}&cursor=${encodeURIComponent(await cursorOfPage(base, first, token, 200))}`;
  const search = `${list}?q=bulk-4242&limit=50`;
  const hits = (await expect(200, base, 'GET', search, { token })).items.length;
  ctx.log(`  page 200 of pending invitations reached by cursor; q=bulk-4242 matches ${hits} open invitations`);
  const headers = { authorization: `Bearer ${token}` };
  for (let run = 1; run <= ctx.knobs.runs; run++) {
    record(ctx, 'invite.list', run, await measure(ctx.knobs, base, { path: first, headers }));
    record(ctx, 'invite.list.deep', run, await measure(ctx.knobs, base, { path: deep, headers }), ['p99']);
    record(ctx, 'invite.list.search', run, await measure(ctx.knobs, base, { path: search, headers }), ['p99']);
  }
  await tableCases(ctx, { base, list, headers, customer: seeded.customer });
}

/** The admins' table at the same 100 000 invitations: sorted by e-mail, failed deliveries, the counts. */
async function tableCases(ctx, { base, list, headers, customer }) {
  const failed = await failBulkDeliveries(ctx.server, customer);
  const byEmail = `${list}?sort=email&limit=50`;
  const failedByEmail = `${list}?delivery=failed&sort=email&limit=50`;
  const counts = `${list}/counts`;
  const token = headers.authorization.slice('Bearer '.length);
  const shown = (await expect(200, base, 'GET', failedByEmail, { token })).items.length;
  ctx.log(`  ${failed} open invitations marked as failed deliveries; the first page of them shows ${shown}`);
  for (let run = 1; run <= ctx.knobs.runs; run++) {
    record(ctx, 'invite.list.email', run, await measure(ctx.knobs, base, { path: byEmail, headers }), ['rps', 'p99']);
    record(ctx, 'invite.list.failed', run, await measure(ctx.knobs, base, { path: failedByEmail, headers }), [
      'rps',
      'p99',
    ]);
    record(ctx, 'invite.counts', run, await measure(ctx.knobs, base, { path: counts, headers }), ['rps', 'p99']);
  }
}

/** Walks pages 1..page-1 of `path` and returns the cursor that opens `page`. */
async function cursorOfPage(base, path, token, page) {
  let cursor;
  for (let i = 1; i < page; i++) {
    const body = await expect(200, base, 'GET', cursor ? `${path}&cursor=${encodeURIComponent(cursor)}` : path, {
      token,
    });
    if (!body.nextCursor) throw new Error(`${path}: only ${i} pages, page ${page} does not exist`);
    cursor = body.nextCursor;
  }
  return cursor;
}

export async function meCase(ctx) {
  const { base } = ctx.server;
  const world = await seedBatch(ctx.appDir, ctx.server, { batch: 'people', customers: 3, admins: 3, memberOf: 3 });
  const token = await login(base, world.member.email, PASSWORD);
  const me = await expect(200, base, 'GET', '/api/me', { token });
  if (me.memberships.length !== 3) throw new Error(`GET /api/me: ${me.memberships.length} memberships, not 3`);
  for (let run = 1; run <= ctx.knobs.runs; run++) {
    record(
      ctx,
      'me',
      run,
      await measure(ctx.knobs, base, { path: '/api/me', headers: { authorization: `Bearer ${token}` } }),
    );
  }
}
