import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { createHash, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { AuditLog } from '../audit/audit-log';
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
 * (every token descended from one login) is revoked. One exception, as Auth0's reuse interval: the token
 * rotated last may be presented again for `REFRESH_REUSE_WINDOW` (10 s) after its rotation, and gets a
 * sibling in its family, so two tabs (or a retried request whose answer was lost) refreshing with the same
 * cookie both keep the session.
 */
@Injectable()
export class RefreshTokenService implements OnModuleInit {
  private readonly logger = new Logger(RefreshTokenService.name);

  constructor(
    private readonly tokens: RefreshTokenRepository,
    private readonly audit: AuditLog,
    private readonly housekeeping: Housekeeping,
    @InjectConfig() private readonly config: RuntimeConfig,
  ) {}

  onModuleInit(): void {
    this.housekeeping.register('expired refresh tokens', () => this.tokens.deleteExpired());
  }

  /** A new family (a login); pass the login's transaction to commit it with its audit event. */
  async issue(userId: string, tx?: EntityManager): Promise<IssuedRefreshToken> {
    return this.create(userId, randomUUID(), tx);
  }

  /** Rotates a token; answers the user it belongs to and its successor. `ip` goes into the audit log. */
  async rotate(presented: string | undefined, ip: string): Promise<{ userId: string; token: IssuedRefreshToken }> {
    const parsed = parse(presented);
    if (!parsed) throw refreshTokenInvalid();
    const outcome = await this.tokens.transaction(async (tx) => {
      // The row lock makes parallel refreshes with one token take turns.
      const stored = await this.tokens.findForUpdate(parsed.id, tx);
      if (!stored || !sameHash(stored.tokenHash, sha256(parsed.secret))) return undefined;
      const expired = stored.expiresAt.getTime() <= Date.now();
      if (stored.revokedAt === null && stored.rotatedAt === null) {
        if (expired) return undefined;
        await this.tokens.markRotated(stored.id, tx);
      } else if (
        // Revocation is always of a whole family: a token that is not revoked belongs to a live family.
        stored.revokedAt !== null ||
        !(await this.tokens.reusable(stored, this.config.refreshReuseWindowSeconds, tx))
      ) {
        const revoked = await this.tokens.revokeFamily(stored.familyId, tx);
        if (revoked > 0) {
          await this.audit.recordForAccount(tx, {
            userId: stored.userId,
            action: 'session.reuse_revoked',
            after: { revokedTokens: revoked },
            context: { ip },
          });
        }
        return 'reused' as const;
      } else if (expired) {
        return undefined;
      }
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

  private async create(userId: string, familyId: string, tx?: EntityManager) {
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
