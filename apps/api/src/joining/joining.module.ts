import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { InvitationsModule } from '../invitations/invitations.module';
import { UsersDataModule } from '../users/users-data.module';
import { InvitationAcceptanceService } from './invitation-acceptance.service';
import { InvitationLinksController } from './invitation-links.controller';
import { InvitationLinksRepository } from './invitation-links.repository';
import { InvitationPreviewService } from './invitation-preview.service';
import { InvitationRenewalService } from './invitation-renewal.service';
import { TenantsModule } from '../tenants/tenants.module';
import { AuditModule } from '../audit/audit.module';

/** Invited people joining a customer through their link. */
@Module({
  imports: [AuthModule, InvitationsModule, UsersDataModule, TenantsModule, AuditModule],
  controllers: [InvitationLinksController],
  providers: [
    InvitationAcceptanceService,
    InvitationLinksRepository,
    InvitationPreviewService,
    InvitationRenewalService,
  ],
})
export class JoiningModule {}
