import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { RuntimeConfig } from '../config/app-config';
import { InjectConfig } from '../config/config.module';
import { RateLimitLedger, type RateLimitState } from '../rate-limit/rate-limit-ledger';
import { invitationQuotaExceeded, recipientQuotaExceeded } from './invitations.errors';

const DAY_SECONDS = 24 * 3600;
/** So that no admin can flood a person: invitation e-mails to one address from one customer per day. */
export const RECIPIENT_DAILY_LIMIT = 5;

/**
 * The invitation e-mail limits, counted in the rate-limit ledger inside the invitation's own
 * transaction: a refused or rolled-back invitation counts nothing, a sent one (new or resent) counts
 * once, and deleting refunds nothing.
 */
@Injectable()
export class InvitationQuota {
  constructor(
    private readonly ledger: RateLimitLedger,
    @InjectConfig() private readonly config: RuntimeConfig,
  ) {}

  status(adminId: string): Promise<RateLimitState> {
    return this.ledger.peek(adminKey(adminId), this.config.invitationDailyLimit, DAY_SECONDS);
  }

  async consume(tx: EntityManager, adminId: string, tenantId: string, email: string): Promise<void> {
    const admin = await this.ledger.consume(adminKey(adminId), this.config.invitationDailyLimit, DAY_SECONDS, tx);
    if (!admin.allowed) {
      throw invitationQuotaExceeded(
        admin.limit,
        new Date(Date.now() + admin.retryAfterSeconds * 1000),
        admin.retryAfterSeconds,
      );
    }
    const recipient = await this.ledger.consume(recipientKey(tenantId, email), RECIPIENT_DAILY_LIMIT, DAY_SECONDS, tx);
    if (!recipient.allowed) {
      throw recipientQuotaExceeded(
        RECIPIENT_DAILY_LIMIT,
        new Date(Date.now() + recipient.retryAfterSeconds * 1000),
        recipient.retryAfterSeconds,
      );
    }
  }
}

const adminKey = (adminId: string) => `invitation-quota:admin:${adminId}`;
const recipientKey = (tenantId: string, email: string) =>
  `invitation-quota:recipient:${tenantId}:${email.toLowerCase()}`;
