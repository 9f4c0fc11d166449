import { Injectable } from '@nestjs/common';
import { AuditLog } from '../audit/audit-log';
import { UsersRepository } from '../users/users.repository';
import { AccessTokenService } from './access-token.service';
import { invalidCredentials } from './auth.errors';
import { DeviceCookies } from './device-cookie';
import type { AccessTokenDto } from './dto/access-token.dto';
import type { LoginDto } from './dto/login.dto';
import { LoginThrottle } from './login-throttle';
import { PasswordHasher } from './password-hasher';
import { RefreshTokenRepository } from './refresh-token.repository';
import { RefreshTokenService, type IssuedRefreshToken } from './refresh-token.service';

export interface Session {
  readonly access: AccessTokenDto;
  readonly refresh: IssuedRefreshToken;
}

/** A login's session, and the device cookie that makes this browser a known device of the account. */
export interface LoginSession extends Session {
  readonly deviceCookie: string;
}

/** Where a login comes from. */
export interface LoginRequestContext {
  readonly ip: string;
  readonly deviceCookie: string | undefined;
}

/** Stands in for an account that does not exist: its audit statement writes no row, in the same time. */
const NO_ACCOUNT = '00000000-0000-0000-0000-000000000000';

@Injectable()
export class AuthService {
  constructor(
    private readonly users: UsersRepository,
    private readonly passwords: PasswordHasher,
    private readonly throttle: LoginThrottle,
    private readonly devices: DeviceCookies,
    private readonly accessTokens: AccessTokenService,
    private readonly refreshTokens: RefreshTokenService,
    private readonly tokens: RefreshTokenRepository,
    private readonly audit: AuditLog,
  ) {}

  async login({ email, password }: LoginDto, { ip, deviceCookie }: LoginRequestContext): Promise<LoginSession> {
    const user = await this.users.findCredentials(email);
    const device = await this.devices.verify(deviceCookie);
    // A device cookie counts only for the account it was issued for.
    const knownDevice = user && device?.userId === user.id ? device : undefined;
    const attempt = await this.throttle.reserve(
      { account: email.trim().toLowerCase(), ip, knownDevice: knownDevice?.nonce },
      user ?? undefined,
    );
    // The hash is checked even for unknown accounts, so timing does not tell which addresses exist.
    const check = await this.passwords.check(password, user?.passwordHash);
    if (check === 'mismatch' || !user) {
      await this.tokens.transaction((tx) =>
        this.audit.recordForAccount(tx, {
          userId: user?.id ?? NO_ACCOUNT,
          action: 'login.failed',
          after: { knownDevice: knownDevice !== undefined },
          context: { ip },
        }),
      );
      throw invalidCredentials();
    }
    if (check === 'rehash') await this.users.updatePasswordHash(user.id, await this.passwords.hash(password));
    const refresh = await this.tokens.transaction(async (tx) => {
      await attempt.succeeded(tx);
      const issued = await this.refreshTokens.issue(user.id, tx);
      await this.audit.recordForAccount(tx, {
        userId: user.id,
        action: 'login.succeeded',
        after: { knownDevice: knownDevice !== undefined },
        context: { ip },
      });
      return issued;
    });
    await attempt.refund();
    return {
      access: await this.accessTokens.issue(user.id),
      refresh,
      deviceCookie: this.devices.issue(user.id, knownDevice?.nonce),
    };
  }

  /** A fresh session for a user, e.g. after registering through an invitation. */
  async startSession(userId: string): Promise<Session> {
    const [access, refresh] = await Promise.all([this.accessTokens.issue(userId), this.refreshTokens.issue(userId)]);
    return { access, refresh };
  }

  async refresh(presented: string | undefined, ip: string): Promise<Session> {
    const { userId, token } = await this.refreshTokens.rotate(presented, ip);
    return { access: await this.accessTokens.issue(userId), refresh: token };
  }

  logout(presented: string | undefined): Promise<void> {
    return this.refreshTokens.revoke(presented);
  }
}
