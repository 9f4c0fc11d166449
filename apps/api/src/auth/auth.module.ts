import { Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { PassportModule } from '@nestjs/passport';
import { HousekeepingModule } from '../housekeeping/housekeeping.module';
import { KeysModule } from '../keys/keys.module';
import { UsersDataModule } from '../users/users-data.module';
import { AccessPolicyAudit } from './access-policy.audit';
import { AccessTokenService } from './access-token.service';
import { AuthController } from './auth.controller';
import { AuthService } from './auth.service';
import { JwtStrategy } from './jwt.strategy';
import { LoginThrottle } from './login-throttle';
import { PasswordHasher } from './password-hasher';
import { RefreshTokenRepository } from './refresh-token.repository';
import { RefreshTokenService } from './refresh-token.service';

@Module({
  imports: [DiscoveryModule, PassportModule, JwtModule.register({}), HousekeepingModule, KeysModule, UsersDataModule],
  controllers: [AuthController],
  providers: [
    AccessPolicyAudit,
    AccessTokenService,
    AuthService,
    JwtStrategy,
    LoginThrottle,
    PasswordHasher,
    RefreshTokenRepository,
    RefreshTokenService,
  ],
  exports: [AuthService, PasswordHasher],
})
export class AuthModule {}
