import { Module } from '@nestjs/common';
import { AdminInvariant } from './admin-invariant';
import { AdminSuccession } from './admin-succession';
import { AdminsMail } from './admins-mail';
import { UsersDataModule } from '../users/users-data.module';
import { MembershipsRepository } from './memberships.repository';
import { MyMembershipsController } from './my-memberships.controller';
import { MyMembershipsService } from './my-memberships.service';
import { TenantAccessGuard } from './tenant-access.guard';
import { TenantDirectory } from './tenant-directory';
import { AuditModule } from '../audit/audit.module';

/** Customers and memberships; its guard decides every tenant-scoped request. */
@Module({
  imports: [UsersDataModule, AuditModule],
  controllers: [MyMembershipsController],
  providers: [
    AdminInvariant,
    AdminSuccession,
    AdminsMail,
    MembershipsRepository,
    MyMembershipsService,
    TenantAccessGuard,
    TenantDirectory,
  ],
  exports: [AdminInvariant, AdminSuccession, AdminsMail, MembershipsRepository, TenantAccessGuard, TenantDirectory],
})
export class TenantsModule {}
