import { Injectable } from '@nestjs/common';
import { UsersRepository } from '../users/users.repository';
import { AccessTokenService } from './access-token.service';
import { invalidCredentials } from './auth.errors';
import type { LoginDto } from './dto/login.dto';
import { LoginThrottle } from './login-throttle';
import { PasswordHasher } from './password-hasher';
import { RefreshTokenService, type IssuedRefreshToken } from './refresh-token.service';
import type { AccessTokenDto } from './dto/access-token.dto';

export interface Session {
  readonly access: AccessTokenDto;
  readonly refresh: IssuedRefreshToken;
}

@Injectable()
export class AuthService {
  constructor(
    private readonly users: UsersRepository,
    private readonly passwords: PasswordHasher,
    private readonly throttle: LoginThrottle,
    private readonly accessTokens: AccessTokenService,
    private readonly refreshTokens: RefreshTokenService,
  ) {}

  async login({ email, password }: LoginDto, ip: string): Promise<Session> {
    const releaseAttempt = await this.throttle.reserve(email, ip);
    const user = await this.users.findCredentials(email);
    // The hash is checked even for unknown accounts, so timing does not tell which addresses exist.
    if (!(await this.passwords.verify(password, user?.passwordHash)) || !user) throw invalidCredentials();
    await releaseAttempt();
    return this.startSession(user.id);
  }

  /** A fresh session for a user, e.g. after login or after registering through an invitation. */
  async startSession(userId: string): Promise<Session> {
    const [access, refresh] = await Promise.all([this.accessTokens.issue(userId), this.refreshTokens.issue(userId)]);
    return { access, refresh };
  }

  async refresh(presented: string | undefined): Promise<Session> {
    const { userId, token } = await this.refreshTokens.rotate(presented);
    return { access: await this.accessTokens.issue(userId), refresh: token };
  }

  logout(presented: string | undefined): Promise<void> {
    return this.refreshTokens.revoke(presented);
  }
}
