import { Module } from '@nestjs/common';
import { UsersDataModule } from '../users/users-data.module';
import { AccessRequestsService } from './access-requests.service';
import { FeedbackRepository } from './feedback.repository';
import { OnboardingController } from './onboarding.controller';
import { OnboardingService } from './onboarding.service';
import { TenantsModule } from '../tenants/tenants.module';
import { AuditModule } from '../audit/audit.module';

@Module({
  imports: [UsersDataModule, TenantsModule, AuditModule],
  controllers: [OnboardingController],
  providers: [AccessRequestsService, FeedbackRepository, OnboardingService],
})
export class OnboardingModule {}
