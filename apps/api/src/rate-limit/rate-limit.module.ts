import { Global, Module } from '@nestjs/common';
import { HousekeepingModule } from '../housekeeping/housekeeping.module';
import { PgThrottlerStorage } from './pg-throttler.storage';
import { RateLimitLedger } from './rate-limit-ledger';

@Global()
@Module({
  imports: [HousekeepingModule],
  providers: [RateLimitLedger, PgThrottlerStorage],
  exports: [RateLimitLedger, PgThrottlerStorage],
})
export class RateLimitModule {}
