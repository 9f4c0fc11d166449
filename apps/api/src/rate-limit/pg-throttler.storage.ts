import { Injectable } from '@nestjs/common';
import type { ThrottlerStorage } from '@nestjs/throttler';
import { RateLimitLedger } from './rate-limit-ledger';

type ThrottlerStorageRecord = Awaited<ReturnType<ThrottlerStorage['increment']>>;

/** @nestjs/throttler's storage on the PostgreSQL ledger, so its limits hold across API instances. */
@Injectable()
export class PgThrottlerStorage implements ThrottlerStorage {
  constructor(private readonly ledger: RateLimitLedger) {}

  async increment(
    key: string,
    ttlMs: number,
    limit: number,
    _blockMs: number,
    name: string,
  ): Promise<ThrottlerStorageRecord> {
    const windowSeconds = Math.ceil(ttlMs / 1000);
    const state = await this.ledger.consume(`throttle:${name}:${key}`, limit, windowSeconds);
    const timeToExpire = state.resetsAt
      ? Math.max(1, Math.ceil((state.resetsAt.getTime() - Date.now()) / 1000))
      : windowSeconds;
    return {
      totalHits: state.allowed ? limit - state.remaining : limit + 1,
      timeToExpire,
      isBlocked: !state.allowed,
      timeToBlockExpire: state.retryAfterSeconds,
    };
  }
}
