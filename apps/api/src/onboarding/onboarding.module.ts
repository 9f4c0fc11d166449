import { Module } from '@nestjs/common';
import { UsersDataModule } from '../users/users-data.module';
import { OnboardingController } from './onboarding.controller';
import { OnboardingService } from './onboarding.service';

@Module({ imports: [UsersDataModule], controllers: [OnboardingController], providers: [OnboardingService] })
export class OnboardingModule {}
