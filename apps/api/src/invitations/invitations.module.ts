import { Module } from '@nestjs/common';
import { UsersDataModule } from '../users/users-data.module';
import { InvitationBatchService } from './invitation-batch.service';
import { InvitationBulkActionsController } from './invitation-bulk-actions.controller';
import { InvitationBulkActionsRepository } from './invitation-bulk-actions.repository';
import { InvitationBulkActionsService } from './invitation-bulk-actions.service';
import { InvitationQuota } from './invitation-quota';
import { InvitationsController } from './invitations.controller';
import { InvitationsRepository } from './invitations.repository';
import { InvitationsService } from './invitations.service';
import { TenantsModule } from '../tenants/tenants.module';
import { AuditModule } from '../audit/audit.module';
import { RolesModule } from '../roles/roles.module';

@Module({
  imports: [UsersDataModule, TenantsModule, AuditModule, RolesModule],
  controllers: [InvitationsController, InvitationBulkActionsController],
  providers: [
    InvitationBatchService,
    InvitationBulkActionsRepository,
    InvitationBulkActionsService,
    InvitationQuota,
    InvitationsRepository,
    InvitationsService,
  ],
  exports: [InvitationsRepository, InvitationsService],
})
export class InvitationsModule {}
