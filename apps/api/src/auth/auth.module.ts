import { Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { PassportModule } from '@nestjs/passport';
import { HousekeepingModule } from '../housekeeping/housekeeping.module';
import { KeysModule } from '../keys/keys.module';
import { UsersDataModule } from '../users/users-data.module';
import { AccessPolicyAudit } from '../access/access-policy.audit';
import { AccessTokenService } from './access-token.service';
import { AuthController } from './auth.controller';
import { AuthService } from './auth.service';
import { DeviceCookies } from './device-cookie';
import { JwtStrategy } from './jwt.strategy';
import { LoginFailuresRepository } from './login-failures.repository';
import { LoginThrottle } from './login-throttle';
import { OwnOriginGuard } from './own-origin.guard';
import { PasswordHasher } from './password-hasher';
import { RefreshTokenRepository } from './refresh-token.repository';
import { RefreshTokenService } from './refresh-token.service';
import { AuditModule } from '../audit/audit.module';

@Module({
  imports: [
    DiscoveryModule,
    PassportModule,
    JwtModule.register({}),
    HousekeepingModule,
    KeysModule,
    UsersDataModule,
    AuditModule,
  ],
  controllers: [AuthController],
  providers: [
    AccessPolicyAudit,
    AccessTokenService,
    AuthService,
    DeviceCookies,
    JwtStrategy,
    LoginFailuresRepository,
    LoginThrottle,
    OwnOriginGuard,
    PasswordHasher,
    RefreshTokenRepository,
    RefreshTokenService,
  ],
  exports: [AuthService, PasswordHasher],
})
export class AuthModule {}
