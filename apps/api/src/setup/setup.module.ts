import { Module } from '@nestjs/common';
import { InvitationsModule } from '../invitations/invitations.module';
import { RolesModule } from '../roles/roles.module';
import { CustomerSetupService } from './customer-setup.service';
import { TenantsModule } from '../tenants/tenants.module';

@Module({
  imports: [InvitationsModule, RolesModule, TenantsModule],
  providers: [CustomerSetupService],
  exports: [CustomerSetupService],
})
export class SetupModule {}
