// autocannon, programmatically: a warm-up that is thrown away, then the measured window. The rate counts
// 2xx answers only; non-2xx answers and socket errors are counted and shown, never part of the rate.
import autocannon from 'autocannon';

/** Starts a load; `stop()` ends it early, `done` resolves with autocannon's result. */
export function fire(options) {
  let instance;
  const done = new Promise((resolve, reject) => {
    instance = autocannon(options, (error, result) => (error ? reject(error) : resolve(result)));
  });
  return { done, stop: () => instance.stop() };
}

export function loadOptions(knobs, base, request) {
  const { path, ...rest } = request;
  return { url: base + path, connections: knobs.connections, ...rest };
}

/** Warm-up (not measured), then `knobs.duration` seconds measured; `warmupOk` counts the warm-up's 2xx. */
export async function measure(knobs, base, request) {
  const options = loadOptions(knobs, base, request);
  const warmup = knobs.warmup > 0 ? await fire({ ...options, duration: knobs.warmup }).done : undefined;
  const measured = await fire({ ...options, duration: knobs.duration }).done;
  return { ...summarize(measured, knobs.duration), warmupOk: warmup?.['2xx'] ?? 0 };
}

export function summarize(result, durationSeconds) {
  const statusCodes = Object.fromEntries(
    Object.entries(result.statusCodeStats ?? {}).map(([code, { count }]) => [code, count]),
  );
  return {
    rps: result['2xx'] / durationSeconds,
    p50: result.latency.p50,
    p99: result.latency.p99,
    ok: result['2xx'],
    non2xx: result.non2xx,
    errors: result.errors,
    statusCodes,
  };
}

/** One line per measured window, with the refused and failed requests spelled out. */
export function describeWindow(name, run, m) {
  const bad = Object.entries(m.statusCodes)
    .filter(([code]) => !code.startsWith('2'))
    .map(([code, count]) => `${count}×${code}`);
  const trouble = [
    ...(m.non2xx ? [`non-2xx ${m.non2xx} (${bad.join(', ')})`] : []),
    ...(m.errors ? [`errors ${m.errors}`] : []),
  ];
  return (
    `  run ${run} ${name.padEnd(22)} ${m.rps.toFixed(0).padStart(5)} req/s (2xx)  p50 ${m.p50} ms  p99 ${m.p99} ms` +
    (trouble.length ? `  ${trouble.join(', ')}` : '')
  );
}
