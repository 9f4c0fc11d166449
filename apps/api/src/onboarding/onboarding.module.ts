import { Module } from '@nestjs/common';
import { UsersDataModule } from '../users/users-data.module';
import { AccessRequestsService } from './access-requests.service';
import { OnboardingController } from './onboarding.controller';
import { OnboardingService } from './onboarding.service';

@Module({
  imports: [UsersDataModule],
  controllers: [OnboardingController],
  providers: [AccessRequestsService, OnboardingService],
})
export class OnboardingModule {}
