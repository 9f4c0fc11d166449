import { Global, Module } from '@nestjs/common';
import { PgThrottlerStorage } from './pg-throttler.storage';
import { RateLimitLedger } from './rate-limit-ledger';

@Global()
@Module({ providers: [RateLimitLedger, PgThrottlerStorage], exports: [RateLimitLedger, PgThrottlerStorage] })
export class RateLimitModule {}
