// mail.latency: from an invitation's 201 to its e-mail fully received by the bench's SMTP sink, for
// 200 invitations sent at 20 per second while a create load (another admin) runs on the same server.
import { performance } from 'node:perf_hooks';
import { freshAdmins, createRequest, settleMail } from './api-cases.mjs';
import { fire, loadOptions } from './cannon.mjs';
import { call } from './http.mjs';
import { INVITEE_DOMAIN } from './mail-sink.mjs';
import { sleep, waitFor } from './processes.mjs';
import { percentile } from './stats.mjs';

const MAILS = 200;
const PER_SECOND = 20;
const SEND_SECONDS = MAILS / PER_SECOND;

export async function mailLatencyCase(ctx) {
  for (let run = 1; run <= ctx.knobs.runs; run++) {
    const [loader, sender] = await freshAdmins(ctx, `mail-r${run}`, 2);
    // The load runs through the warm-up, the ten seconds of sending and at least the usual window.
    const loadSeconds = ctx.knobs.warmup + Math.max(ctx.knobs.duration, SEND_SECONDS + 1);
    const load = fire({
      ...loadOptions(ctx.knobs, ctx.server.base, createRequest({ ...loader, label: `mail-load-r${run}` })),
      duration: loadSeconds,
    });
    await sleep(ctx.knobs.warmup * 1000); // the measured e-mails go out under a load that has settled
    const sent = await sendPaced(ctx, sender, `mail-r${run}`);
    const loaded = await load.done;
    const latencies = await arrivalLatencies(ctx, sent);
    const p50 = percentile(latencies, 50);
    const p99 = percentile(latencies, 99);
    ctx.results.add('mail.latency.p50', 'ms', p50);
    ctx.results.add('mail.latency.p99', 'ms', p99);
    ctx.log(
      `  run ${run} mail.latency           p50 ${p50.toFixed(0)} ms  p99 ${p99.toFixed(0)} ms  ` +
        `(${MAILS} e-mails at ${PER_SECOND}/s during a create load of ${(loaded['2xx'] / loadSeconds).toFixed(0)} req/s)`,
    );
    ctx.sink.forget();
    await settleMail(ctx, loaded['2xx'] + MAILS);
  }
}

/** Fires one invitation every 50 ms on a fixed schedule (not waiting for answers); returns 201 times. */
async function sendPaced(ctx, sender, label) {
  const started = performance.now();
  const pending = [];
  for (let i = 0; i < MAILS; i++) {
    await sleep(Math.max(0, started + (i * 1000) / PER_SECOND - performance.now()));
    const email = `${label}-${i}@${INVITEE_DOMAIN}`;
    pending.push(
      call(ctx.server.base, 'POST', `/api/tenants/${sender.tenantId}/invitations`, {
        token: sender.token,
        body: { email, roleIds: sender.roleIds },
      }).then((res) => {
        if (res.status !== 201)
          throw new Error(`mail case: invitation ${email}: ${res.status} ${JSON.stringify(res.json)}`);
        return { email, createdAt: performance.now() };
      }),
    );
  }
  return Promise.all(pending);
}

async function arrivalLatencies(ctx, sent) {
  await waitFor(
    `the ${MAILS} measured e-mails`,
    () => sent.every(({ email }) => ctx.sink.arrivalOf(email) !== undefined),
    { timeoutMs: 600_000, intervalMs: 100 },
  ).catch((error) => {
    const missing = sent.filter(({ email }) => ctx.sink.arrivalOf(email) === undefined).length;
    throw new Error(`${error.message} (${missing} of ${MAILS} never arrived)`);
  });
  return sent.map(({ email, createdAt }) => ctx.sink.arrivalOf(email) - createdAt);
}
