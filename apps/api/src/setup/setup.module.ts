import { Module } from '@nestjs/common';
import { InvitationsModule } from '../invitations/invitations.module';
import { RolesModule } from '../roles/roles.module';
import { CustomerSetupService } from './customer-setup.service';

@Module({
  imports: [InvitationsModule, RolesModule],
  providers: [CustomerSetupService],
  exports: [CustomerSetupService],
})
export class SetupModule {}
