import { Global, Module } from '@nestjs/common';
import { AdminInvariant } from './admin-invariant';
import { MembershipsRepository } from './memberships.repository';
import { TenantAccessGuard } from './tenant-access.guard';

/** Customers and memberships; its guard decides every tenant-scoped request. */
@Global()
@Module({
  providers: [AdminInvariant, MembershipsRepository, TenantAccessGuard],
  exports: [AdminInvariant, MembershipsRepository, TenantAccessGuard],
})
export class TenantsModule {}
