import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
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

interface ConsumedRow {
  readonly is_allowed: boolean;
  readonly used_count: number;
  readonly oldest_at: Date | null;
  readonly freeing_at: Date | null;
  readonly now_at: Date;
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
    const rows: ConsumedRow[] = await (manager ?? this.dataSource.manager).query(
      `SELECT c.* FROM unnest($1::text[], $2::int[], $3::int[]) WITH ORDINALITY AS k(key, lim, win, n)
         CROSS JOIN LATERAL rate_limit_consume(k.key, k.lim, k.win) c
        ORDER BY k.n`,
      [limits.map((l) => l.key), limits.map((l) => l.limit), limits.map((l) => l.windowSeconds)],
    );
    return rows.map((row, i) => stateOf(row, limits[i].limit, limits[i].windowSeconds));
  }

  /** The state of a key without counting anything. */
  async peek(key: string, limit: number, windowSeconds: number): Promise<RateLimitState> {
    const [row]: { used: number; oldest_at: Date | null; now_at: Date }[] = await this.dataSource.query(
      `SELECT count(*)::int AS used, min(hit_at) AS oldest_at, now() AS now_at
         FROM rate_limit_hits WHERE key = $1 AND hit_at > now() - make_interval(secs => $2)`,
      [key, windowSeconds],
    );
    const windowMs = windowSeconds * 1000;
    return {
      allowed: row.used < limit,
      limit,
      remaining: Math.max(0, limit - row.used),
      resetsAt: row.oldest_at ? new Date(row.oldest_at.getTime() + windowMs) : null,
      retryAfterSeconds: 0,
    };
  }

  /** Takes back the newest counted event of a key (e.g. a login attempt that turned out to succeed). */
  async refundLatest(key: string): Promise<void> {
    await this.dataSource.query(
      `WITH refunded AS (
         DELETE FROM rate_limit_hits WHERE id = (SELECT max(id) FROM rate_limit_hits WHERE key = $1) RETURNING key
       )
       UPDATE rate_limit_counters c SET used = c.used - 1 FROM refunded WHERE c.key = refunded.key`,
      [key],
    );
  }

  /**
   * Forgets keys whose every event has left its window, with their events: the tables stay as large as
   * the recent traffic. Safe beside concurrent counting (the counter row is the lock).
   */
  async forgetIdleKeys(): Promise<number> {
    const [, removed]: [unknown, number] = await this.dataSource.query(
      `WITH idle AS (
         DELETE FROM rate_limit_counters c
          WHERE c.last_hit_at IS NULL OR c.last_hit_at <= now() - make_interval(secs => c.window_seconds)
         RETURNING c.key, c.last_hit_at
       )
       DELETE FROM rate_limit_hits h USING idle
        WHERE h.key = idle.key AND (idle.last_hit_at IS NULL OR h.hit_at <= idle.last_hit_at)`,
    );
    return removed;
  }
}

function stateOf(row: ConsumedRow, limit: number, windowSeconds: number): RateLimitState {
  const windowMs = windowSeconds * 1000;
  const retryAfterSeconds =
    row.is_allowed || !row.freeing_at
      ? 0
      : Math.max(1, Math.ceil((row.freeing_at.getTime() + windowMs - row.now_at.getTime()) / 1000));
  return {
    allowed: row.is_allowed,
    limit,
    remaining: Math.max(0, limit - row.used_count),
    resetsAt: row.oldest_at ? new Date(row.oldest_at.getTime() + windowMs) : null,
    retryAfterSeconds,
  };
}
