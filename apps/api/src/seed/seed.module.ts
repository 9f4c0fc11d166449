import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { RolesModule } from '../roles/roles.module';
import { UsersDataModule } from '../users/users-data.module';
import { DemoSeeder } from './demo-seeder';
import { TenantsModule } from '../tenants/tenants.module';

/** TenantDirectory and MembershipsRepository come from the global TenantsModule. */
@Module({
  imports: [AuthModule, RolesModule, UsersDataModule, TenantsModule],
  providers: [DemoSeeder],
  exports: [DemoSeeder],
})
export class SeedModule {}
