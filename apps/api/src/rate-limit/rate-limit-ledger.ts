import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';

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

/**
 * A rolling-window counter in PostgreSQL. Every limit of the product counts here: the throttler's
 * storage, failed logins and (later) the invitation quota. A transaction-scoped advisory lock per key makes
 * check-and-count one atomic step, so limits are exact across concurrent requests and API instances.
 * Refused events are not counted.
 */
@Injectable()
export class RateLimitLedger {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  transaction<T>(work: (tx: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  /** Counts one event if the key is under its limit. Pass a manager to take part in its transaction. */
  consume(key: string, limit: number, windowSeconds: number, manager?: EntityManager): Promise<RateLimitState> {
    if (manager) return this.consumeIn(manager, key, limit, windowSeconds);
    return this.dataSource.transaction((tx) => this.consumeIn(tx, key, limit, windowSeconds));
  }

  /** The state of a key without counting anything. */
  async peek(key: string, limit: number, windowSeconds: number): Promise<RateLimitState> {
    const hits = await this.hitsInWindow(this.dataSource.manager, key, windowSeconds);
    return this.state(hits, limit, windowSeconds, hits.now, hits.times.length < limit);
  }

  /** Takes back the newest counted event of a key (e.g. a login attempt that turned out to succeed). */
  async refundLatest(key: string): Promise<void> {
    await this.dataSource.query(
      `DELETE FROM rate_limit_hits WHERE id = (SELECT max(id) FROM rate_limit_hits WHERE key = $1)`,
      [key],
    );
  }

  private async consumeIn(tx: EntityManager, key: string, limit: number, windowSeconds: number) {
    await tx.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [key]);
    await tx.query(`DELETE FROM rate_limit_hits WHERE key = $1 AND hit_at <= now() - make_interval(secs => $2)`, [
      key,
      windowSeconds,
    ]);
    const hits = await this.hitsInWindow(tx, key, windowSeconds);
    const allowed = hits.times.length < limit;
    if (allowed) {
      await tx.query('INSERT INTO rate_limit_hits (key, hit_at) VALUES ($1, now())', [key]);
      hits.times.push(hits.now);
    }
    return this.state(hits, limit, windowSeconds, hits.now, allowed);
  }

  private async hitsInWindow(manager: EntityManager, key: string, windowSeconds: number) {
    const rows: { hit_at: Date; now: Date }[] = await manager.query(
      `SELECT hit_at, now() AS now FROM rate_limit_hits
        WHERE key = $1 AND hit_at > now() - make_interval(secs => $2)
        ORDER BY hit_at`,
      [key, windowSeconds],
    );
    const now = rows[0]?.now ?? (await this.databaseNow(manager));
    return { times: rows.map((row) => row.hit_at), now };
  }

  private async databaseNow(manager: EntityManager): Promise<Date> {
    const [row]: { now: Date }[] = await manager.query('SELECT now() AS now');
    return row.now;
  }

  private state(
    hits: { times: Date[] },
    limit: number,
    windowSeconds: number,
    now: Date,
    allowed: boolean,
  ): RateLimitState {
    const used = hits.times.length;
    const windowMs = windowSeconds * 1000;
    const oldest = hits.times[0];
    const resetsAt = oldest ? new Date(oldest.getTime() + windowMs) : null;
    // A refused event waits until enough of the oldest events have left the window.
    const freeing = hits.times[Math.max(0, used - limit)];
    const retryAfterSeconds =
      allowed || !freeing ? 0 : Math.max(1, Math.ceil((freeing.getTime() + windowMs - now.getTime()) / 1000));
    return { allowed, limit, remaining: Math.max(0, limit - used), resetsAt, retryAfterSeconds };
  }
}
