import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { createHash, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import type { RuntimeConfig } from '../config/app-config';
import { InjectConfig } from '../config/config.module';
import { Housekeeping } from '../housekeeping/housekeeping';
import { refreshTokenInvalid } from './auth.errors';
import { RefreshTokenRepository } from './refresh-token.repository';

export interface IssuedRefreshToken {
  readonly value: string;
  readonly expiresAt: Date;
}

const sha256 = (secret: string) => createHash('sha256').update(secret).digest('hex');

/**
 * Refresh tokens are `<id>.<secret>`; only the secret's SHA-256 is stored. Each refresh rotates the token;
 * presenting an already rotated or revoked token means it was stolen or replayed, so the whole family
 * (every token descended from one login) is revoked.
 */
@Injectable()
export class RefreshTokenService implements OnModuleInit {
  private readonly logger = new Logger(RefreshTokenService.name);

  constructor(
    private readonly tokens: RefreshTokenRepository,
    private readonly housekeeping: Housekeeping,
    @InjectConfig() private readonly config: RuntimeConfig,
  ) {}

  onModuleInit(): void {
    this.housekeeping.register('expired refresh tokens', () => this.tokens.deleteExpired());
  }

  async issue(userId: string): Promise<IssuedRefreshToken> {
    return this.create(userId, randomUUID());
  }

  /** Rotates a token; answers the user it belongs to and its successor. */
  async rotate(presented: string | undefined): Promise<{ userId: string; token: IssuedRefreshToken }> {
    const parsed = parse(presented);
    if (!parsed) throw refreshTokenInvalid();
    const outcome = await this.tokens.transaction(async (tx) => {
      const stored = await this.tokens.findForUpdate(parsed.id, tx);
      if (!stored || !sameHash(stored.tokenHash, sha256(parsed.secret))) return undefined;
      if (stored.rotatedAt || stored.revokedAt) {
        await this.tokens.revokeFamily(stored.familyId, tx);
        return 'reused' as const;
      }
      if (stored.expiresAt.getTime() <= Date.now()) return undefined;
      await this.tokens.markRotated(stored.id, tx);
      return { userId: stored.userId, token: await this.create(stored.userId, stored.familyId, tx) };
    });
    if (outcome === 'reused') {
      this.logger.warn({ tokenId: parsed.id }, 'refresh token reused: its family is revoked');
    }
    if (!outcome || outcome === 'reused') throw refreshTokenInvalid();
    return outcome;
  }

  /** Logout: the presented token's family stops working. Unknown tokens are ignored. */
  async revoke(presented: string | undefined): Promise<void> {
    const parsed = parse(presented);
    if (!parsed) return;
    await this.tokens.transaction(async (tx) => {
      const stored = await this.tokens.findForUpdate(parsed.id, tx);
      if (stored && sameHash(stored.tokenHash, sha256(parsed.secret))) {
        await this.tokens.revokeFamily(stored.familyId, tx);
      }
    });
  }

  private async create(userId: string, familyId: string, tx?: Parameters<RefreshTokenRepository['insert']>[1]) {
    const id = randomUUID();
    const secret = randomBytes(32).toString('base64url');
    const expiresAt = new Date(Date.now() + this.config.refreshTokenTtlSeconds * 1000);
    await this.tokens.insert({ id, familyId, userId, tokenHash: sha256(secret), expiresAt }, tx);
    return { value: `${id}.${secret}`, expiresAt };
  }
}

function parse(presented: string | undefined): { id: string; secret: string } | undefined {
  const match = /^([0-9a-f-]{36})\.([A-Za-z0-9_-]{43})$/.exec(presented ?? '');
  return match ? { id: match[1], secret: match[2] } : undefined;
}

function sameHash(a: string, b: string): boolean {
  return a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));
}
