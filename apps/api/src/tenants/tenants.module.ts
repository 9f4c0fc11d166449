import { Global, Module } from '@nestjs/common';
import { MembershipsRepository } from './memberships.repository';
import { TenantAccessGuard } from './tenant-access.guard';

/** Customers and memberships; its guard decides every tenant-scoped request. */
@Global()
@Module({ providers: [MembershipsRepository, TenantAccessGuard], exports: [MembershipsRepository, TenantAccessGuard] })
export class TenantsModule {}
