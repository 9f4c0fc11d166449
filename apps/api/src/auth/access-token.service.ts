import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import type { RuntimeConfig } from '../config/app-config';
import { InjectConfig } from '../config/config.module';
import { KeyRing } from '../keys/key-ring';
import type { AccessTokenDto } from './dto/access-token.dto';
import { ACCESS_TOKEN_ALGORITHM, ACCESS_TOKEN_AUDIENCE, ACCESS_TOKEN_ISSUER } from './token.constants';

/** Short-lived access tokens that say who the caller is, and nothing about their rights. */
@Injectable()
export class AccessTokenService {
  constructor(
    private readonly jwt: JwtService,
    private readonly ring: KeyRing,
    @InjectConfig() private readonly config: RuntimeConfig,
  ) {}

  async issue(userId: string): Promise<AccessTokenDto> {
    const key = this.ring.current();
    const accessToken = await this.jwt.signAsync(
      { sub: userId },
      {
        secret: key.secret,
        keyid: key.kid,
        algorithm: ACCESS_TOKEN_ALGORITHM,
        expiresIn: this.config.accessTokenTtlSeconds,
        issuer: ACCESS_TOKEN_ISSUER,
        audience: ACCESS_TOKEN_AUDIENCE,
      },
    );
    return { accessToken, expiresIn: this.config.accessTokenTtlSeconds, tokenType: 'Bearer' };
  }
}
