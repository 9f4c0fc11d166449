import { Module, type DynamicModule } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_PIPE } from '@nestjs/core';
import { ThrottlerModule } from '@nestjs/throttler';
import { AreasModule } from './areas/areas.module';
import { AuditModule } from './audit/audit.module';
import { AuthModule } from './auth/auth.module';
import { JwtAuthGuard } from './auth/jwt-auth.guard';
import { ProblemDetailsFilter } from './common/problem-details.filter';
import { createValidationPipe } from './common/validation.pipe';
import type { RuntimeConfig } from './config/app-config';
import { ConfigModule } from './config/config.module';
import { DatabaseModule } from './database/database.module';
import { SeedModule } from './seed/seed.module';
import { DevMailboxModule } from './dev-mailbox/dev-mailbox.module';
import { EventsModule } from './events/events.module';
import { HealthModule } from './health/health.module';
import { InvitationsModule } from './invitations/invitations.module';
import { JoiningModule } from './joining/joining.module';
import { loggerModule } from './logging/logger.module';
import { MailModule } from './mail/mail.module';
import { MembersModule } from './members/members.module';
import { CustomerSettingsModule } from './customer-settings/customer-settings.module';
import { OnboardingModule } from './onboarding/onboarding.module';
import { PgThrottlerStorage } from './rate-limit/pg-throttler.storage';
import { RateLimitModule } from './rate-limit/rate-limit.module';
import { RolesModule } from './roles/roles.module';
import { SetupModule } from './setup/setup.module';
import { TenantAccessGuard } from './tenants/tenant-access.guard';
import { TenantsModule } from './tenants/tenants.module';
import { MeModule } from './me/me.module';

@Module({})
export class AppModule {
  static forRoot(config: RuntimeConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        loggerModule(config),
        DatabaseModule.forRoot(config.databaseUrl, config.databasePoolSize),
        RateLimitModule,
        ThrottlerModule.forRootAsync({
          inject: [PgThrottlerStorage],
          useFactory: (storage: PgThrottlerStorage) => ({
            throttlers: [{ name: 'default', ttl: 60_000, limit: 60 }],
            storage,
          }),
        }),
        AuditModule,
        TenantsModule,
        AuthModule,
        MeModule,
        RolesModule,
        MembersModule,
        CustomerSettingsModule,
        EventsModule,
        MailModule,
        InvitationsModule,
        JoiningModule,
        AreasModule,
        OnboardingModule,
        HealthModule,
        SeedModule,
        SetupModule,
        ...(config.devMailbox ? [DevMailboxModule] : []),
      ],
      providers: [
        { provide: APP_FILTER, useClass: ProblemDetailsFilter },
        { provide: APP_PIPE, useFactory: createValidationPipe },
        // Order matters: who you are first, then what you may do in the route's customer.
        { provide: APP_GUARD, useClass: JwtAuthGuard },
        { provide: APP_GUARD, useExisting: TenantAccessGuard },
      ],
    };
  }
}
