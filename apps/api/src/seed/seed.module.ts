import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { RolesModule } from '../roles/roles.module';
import { UsersDataModule } from '../users/users-data.module';
import { DemoSeeder } from './demo-seeder';

/** TenantDirectory and MembershipsRepository come from the global TenantsModule. */
@Module({ imports: [AuthModule, RolesModule, UsersDataModule], providers: [DemoSeeder], exports: [DemoSeeder] })
export class SeedModule {}
