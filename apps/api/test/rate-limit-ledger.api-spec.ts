import { randomUUID } from 'node:crypto';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { RateLimitLedger } from '../src/rate-limit/rate-limit-ledger';
import { createTestApp, type TestApp } from './support/test-app';

const HOUR = 3600;

describe('rate-limit ledger', () => {
  let testApp: TestApp;
  let ledger: RateLimitLedger;
  let db: DataSource;

  beforeAll(async () => {
    testApp = await createTestApp();
    ledger = testApp.app.get(RateLimitLedger);
    db = testApp.app.get<DataSource>(getDataSourceToken());
  });
  afterAll(() => testApp.close());

  const newKey = () => `test:${randomUUID()}`;
  const rowsOf = async (key: string) => {
    const [row]: { hits: number; used: number | null }[] = await db.query(
      `SELECT (SELECT count(*)::int FROM rate_limit_hits WHERE key = $1) AS hits,
              (SELECT used FROM rate_limit_counters WHERE key = $1) AS used`,
      [key],
    );
    return row;
  };
  /** Moves a key's events back in time, as if they had happened that many seconds earlier. */
  const age = (key: string, seconds: number) =>
    db.query(`UPDATE rate_limit_hits SET hit_at = hit_at - make_interval(secs => $2) WHERE key = $1`, [key, seconds]);

  it('counts up to the limit, refuses beyond it without counting, and says when a slot frees up', async () => {
    const key = newKey();
    const states = [];
    for (let i = 0; i < 4; i++) states.push(await ledger.consume(key, 3, HOUR));
    expect(states.map((state) => state.allowed)).toEqual([true, true, true, false]);
    expect(states.map((state) => state.remaining)).toEqual([2, 1, 0, 0]);
    expect(states[3].retryAfterSeconds).toBeGreaterThan(HOUR - 10);
    expect(states[3].retryAfterSeconds).toBeLessThanOrEqual(HOUR);
    expect(await rowsOf(key)).toEqual({ hits: 3, used: 3 });
  });

  it('is exact under concurrent counting: 30 at once against a limit of 10', async () => {
    const key = newKey();
    const states = await Promise.all(Array.from({ length: 30 }, () => ledger.consume(key, 10, HOUR)));
    expect(states.filter((state) => state.allowed)).toHaveLength(10);
    expect(await rowsOf(key)).toEqual({ hits: 10, used: 10 });
  });

  it('drops the events that left the window when it counts, so a key keeps only its window', async () => {
    const key = newKey();
    for (let i = 0; i < 20; i++) await ledger.consume(key, 1000, HOUR);
    await age(key, HOUR + 1);
    const state = await ledger.consume(key, 1000, HOUR);
    expect(state).toMatchObject({ allowed: true, remaining: 999 });
    expect(await rowsOf(key)).toEqual({ hits: 1, used: 1 });
  });

  it('a slot frees up when the oldest event leaves the window', async () => {
    const key = newKey();
    await ledger.consume(key, 2, HOUR);
    await age(key, HOUR + 1);
    await ledger.consume(key, 2, HOUR);
    await ledger.consume(key, 2, HOUR);
    expect((await ledger.consume(key, 2, HOUR)).allowed).toBe(false);
    expect(await ledger.peek(key, 2, HOUR)).toMatchObject({ allowed: false, remaining: 0 });
  });

  it('counts nothing inside a transaction that rolls back', async () => {
    const key = newKey();
    await expect(
      ledger.transaction(async (tx) => {
        await ledger.consume(key, 5, HOUR, tx);
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    expect(await ledger.peek(key, 5, HOUR)).toMatchObject({ remaining: 5, resetsAt: null });
  });

  it('counts several keys in one statement, each under its own limit', async () => {
    const [a, b] = [newKey(), newKey()];
    await ledger.consume(b, 1, HOUR);
    const states = await ledger.consumeEach([
      { key: a, limit: 5, windowSeconds: HOUR },
      { key: b, limit: 1, windowSeconds: HOUR },
    ]);
    expect(states.map((state) => [state.allowed, state.remaining])).toEqual([
      [true, 4],
      [false, 0],
    ]);
  });

  it('a refund takes back the newest event and its count', async () => {
    const key = newKey();
    await ledger.consume(key, 5, HOUR);
    await ledger.consume(key, 5, HOUR);
    await ledger.refundLatest(key);
    expect(await rowsOf(key)).toEqual({ hits: 1, used: 1 });
  });

  it('forgets keys whose events have all left their window, and keeps the others', async () => {
    const [idle, active] = [newKey(), newKey()];
    await ledger.consume(idle, 5, HOUR);
    await ledger.consume(active, 5, HOUR);
    await age(idle, HOUR + 1);
    await db.query(
      `UPDATE rate_limit_counters SET last_hit_at = last_hit_at - interval '3601 seconds' WHERE key = $1`,
      [idle],
    );
    expect(await ledger.forgetIdleKeys()).toBeGreaterThanOrEqual(1);
    expect(await rowsOf(idle)).toEqual({ hits: 0, used: null });
    expect(await rowsOf(active)).toEqual({ hits: 1, used: 1 });
  });
});
