import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { sql } from 'kysely';
import type { DataSource, EntityManager } from 'typeorm';
import { typedQueries } from '../database/typed-queries';
import { Housekeeping } from '../housekeeping/housekeeping';

export interface RateLimitState {
  readonly allowed: boolean;
  readonly limit: number;
  /** Events left in the window after this call. */
  readonly remaining: number;
  /** When the next slot frees up (the oldest counted event leaves the window); null when none is used. */
  readonly resetsAt: Date | null;
  /** Seconds until a refused event could be counted; 0 when allowed. */
  readonly retryAfterSeconds: number;
}

export interface RateLimit {
  readonly key: string;
  readonly limit: number;
  readonly windowSeconds: number;
}

/** What `rate_limit_consume` (see its migration) answers for one key. */
interface ConsumedRow {
  readonly isAllowed: boolean;
  readonly usedCount: number;
  readonly oldestAt: Date | null;
  readonly freeingAt: Date | null;
  readonly nowAt: Date;
}

/**
 * A rolling-window counter in PostgreSQL. Every limit of the product counts here: the throttler's
 * storage, failed logins, access requests and the invitation quota. `rate_limit_consume` (see its
 * migration) locks the key's counter row, so check-and-count is one atomic step, exact across concurrent
 * requests and API instances, and costs the same however many events the key has. Refused events are not
 * counted. Inside a caller's transaction the lock lasts until its commit: count last.
 */
@Injectable()
export class RateLimitLedger implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly housekeeping: Housekeeping,
  ) {}

  onModuleInit(): void {
    this.housekeeping.register('idle rate-limit keys', () => this.forgetIdleKeys());
  }

  transaction<T>(work: (tx: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  /** Counts one event if the key is under its limit. Pass a manager to take part in its transaction. */
  async consume(key: string, limit: number, windowSeconds: number, manager?: EntityManager): Promise<RateLimitState> {
    const [state] = await this.consumeEach([{ key, limit, windowSeconds }], manager);
    return state;
  }

  /**
   * Counts one event for each key, in the order given, in one round trip. Every key is counted when under
   * its limit, whatever the others answer: a caller that refuses on any of them rolls its transaction back.
   */
  async consumeEach(limits: readonly RateLimit[], manager?: EntityManager): Promise<RateLimitState[]> {
    const keys = sql<{ key: string; lim: number; win: number; n: string }>`unnest(${limits.map((l) => l.key)}::text[],
      ${limits.map((l) => l.limit)}::int[], ${limits.map((l) => l.windowSeconds)}::int[]) WITH ORDINALITY`;
    const rows = await typedQueries(manager ?? this.dataSource)
      .selectFrom(keys.as<'k'>(sql`k(key, lim, win, n)`))
      .crossJoinLateral((eb) =>
        sql<ConsumedRow>`rate_limit_consume(${eb.ref('k.key')}, ${eb.ref('k.lim')}, ${eb.ref('k.win')})`.as('c'),
      )
      .select(['c.isAllowed', 'c.usedCount', 'c.oldestAt', 'c.freeingAt', 'c.nowAt'])
      .orderBy('k.n')
      .execute();
    return rows.map((row, i) => stateOf(row, limits[i].limit, limits[i].windowSeconds));
  }

  /** The state of a key without counting anything. */
  async peek(key: string, limit: number, windowSeconds: number): Promise<RateLimitState> {
    const [state] = await this.peekEach([key], limit, windowSeconds);
    return state;
  }

  /** The states of many keys with one limit, in one round trip (a batch's addresses), in the order given. */
  async peekEach(keys: readonly string[], limit: number, windowSeconds: number): Promise<RateLimitState[]> {
    if (keys.length === 0) return [];
    const rows = await typedQueries(this.dataSource)
      .selectFrom(
        sql<{
          key: string;
          n: number;
        }>`(SELECT t.key, t.n::int AS n FROM unnest(${[...keys]}::text[]) WITH ORDINALITY AS t(key, n))`.as('k'),
      )
      .leftJoin('rateLimitHits as h', (join) =>
        join
          .onRef('h.key', '=', 'k.key')
          .on('h.hitAt', '>', sql<Date>`now() - make_interval(secs => ${windowSeconds})`),
      )
      .select((eb) => [
        'k.n',
        eb.cast<number>(eb.fn.count('h.id'), 'integer').as('used'),
        eb.fn.min<Date | null>('h.hitAt').as('oldestAt'),
      ])
      .groupBy(['k.key', 'k.n'])
      .orderBy('k.n')
      .execute();
    const windowMs = windowSeconds * 1000;
    return rows.map((row) => ({
      allowed: row.used < limit,
      limit,
      remaining: Math.max(0, limit - row.used),
      resetsAt: row.oldestAt ? new Date(row.oldestAt.getTime() + windowMs) : null,
      retryAfterSeconds: 0,
    }));
  }

  /** Takes back the newest counted event of a key (e.g. a login attempt that turned out to succeed). */
  async refundLatest(key: string): Promise<void> {
    await typedQueries(this.dataSource)
      .with('refunded', (db) =>
        db
          .deleteFrom('rateLimitHits')
          .where('id', '=', (eb) =>
            eb.selectFrom('rateLimitHits').select(eb.fn.max('id').as('latest')).where('key', '=', key),
          )
          .returning('key'),
      )
      .updateTable('rateLimitCounters as c')
      .from('refunded')
      .set((eb) => ({ used: eb('c.used', '-', 1) }))
      .whereRef('c.key', '=', 'refunded.key')
      .execute();
  }

  /**
   * Forgets keys whose every event has left its window, with their events: the tables stay as large as
   * the recent traffic. Safe beside concurrent counting (the counter row is the lock).
   */
  async forgetIdleKeys(): Promise<number> {
    const result = await typedQueries(this.dataSource)
      .with('idle', (db) =>
        db
          .deleteFrom('rateLimitCounters')
          .where((eb) =>
            eb.or([
              eb('lastHitAt', 'is', null),
              eb('lastHitAt', '<=', sql<Date>`now() - make_interval(secs => ${eb.ref('windowSeconds')})`),
            ]),
          )
          .returning(['key', 'lastHitAt']),
      )
      .deleteFrom('rateLimitHits as h')
      .using('idle')
      .whereRef('h.key', '=', 'idle.key')
      .where((eb) => eb.or([eb('idle.lastHitAt', 'is', null), eb('h.hitAt', '<=', eb.ref('idle.lastHitAt'))]))
      .executeTakeFirst();
    return Number(result.numDeletedRows);
  }
}

function stateOf(row: ConsumedRow, limit: number, windowSeconds: number): RateLimitState {
  const windowMs = windowSeconds * 1000;
  const retryAfterSeconds =
    row.isAllowed || !row.freeingAt
      ? 0
      : Math.max(1, Math.ceil((row.freeingAt.getTime() + windowMs - row.nowAt.getTime()) / 1000));
  return {
    allowed: row.isAllowed,
    limit,
    remaining: Math.max(0, limit - row.usedCount),
    resetsAt: row.oldestAt ? new Date(row.oldestAt.getTime() + windowMs) : null,
    retryAfterSeconds,
  };
}
