import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { ExtractJwt, Strategy } from 'passport-jwt';
import { KeyRing } from '../keys/key-ring';
import type { AuthenticatedUser } from '../access/authenticated-user';
import { ACCESS_TOKEN_ALGORITHM, ACCESS_TOKEN_AUDIENCE, ACCESS_TOKEN_ISSUER } from './token.constants';

interface AccessTokenPayload {
  readonly sub: string;
  readonly exp: number;
}

@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy) {
  constructor(ring: KeyRing) {
    super({
      jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
      // The key named by the token's `kid`, so tokens of the previous key work until they expire. A
      // KeyObject made once: given a string, jsonwebtoken first tries (and fails) to parse it as a public
      // key on every request, which cost a fifth of the API's CPU. passport-jwt's types predate KeyObject.
      secretOrKeyProvider: (_request: unknown, rawToken: string, done: (error: unknown, key?: Buffer) => void) => {
        ring.find(keyIdOf(rawToken)).then(
          (key) => (key ? done(null, key.key as unknown as Buffer) : done(new Error('unknown signing key'))),
          (error: unknown) => done(error),
        );
      },
      algorithms: [ACCESS_TOKEN_ALGORITHM],
      issuer: ACCESS_TOKEN_ISSUER,
      audience: ACCESS_TOKEN_AUDIENCE,
      ignoreExpiration: false,
    });
  }

  validate(payload: AccessTokenPayload): AuthenticatedUser {
    return { userId: payload.sub, tokenExpiresAt: new Date(payload.exp * 1000) };
  }
}

/** The `kid` of a JWT's header; the signature is checked afterwards with the key it names. */
export function keyIdOf(rawToken: string): string | undefined {
  try {
    const header: unknown = JSON.parse(Buffer.from(rawToken.split('.', 1)[0], 'base64url').toString('utf8'));
    const kid = (header as { kid?: unknown } | null)?.kid;
    return typeof kid === 'string' ? kid : undefined;
  } catch {
    return undefined;
  }
}
