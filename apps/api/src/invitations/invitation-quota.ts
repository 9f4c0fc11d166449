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
 * once, and deleting refunds nothing. Both limits are counted in one statement that locks the admin's
 * counter until the commit, so callers count as the last step of their transaction: one admin's
 * invitations then wait for each other only for that statement and the commit.
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

  /** How many invitation e-mails each address may still get today from this customer. */
  async recipientsRemaining(tenantId: string, emails: readonly string[]): Promise<Map<string, number>> {
    const keys = emails.map((email) => recipientKey(tenantId, email));
    const states = await this.ledger.peekEach(keys, RECIPIENT_DAILY_LIMIT, DAY_SECONDS);
    return new Map(emails.map((email, i) => [email.toLowerCase(), states[i].remaining]));
  }

  /** Throws (so the caller's transaction rolls back) when either limit is reached; the admin's is reported first. */
  async consume(tx: EntityManager, adminId: string, tenantId: string, email: string): Promise<void> {
    const [admin, recipient] = await this.ledger.consumeEach(
      [
        { key: adminKey(adminId), limit: this.config.invitationDailyLimit, windowSeconds: DAY_SECONDS },
        { key: recipientKey(tenantId, email), limit: RECIPIENT_DAILY_LIMIT, windowSeconds: DAY_SECONDS },
      ],
      tx,
    );
    if (!admin.allowed) {
      throw invitationQuotaExceeded(admin.limit, retryAt(admin), admin.retryAfterSeconds);
    }
    if (!recipient.allowed) {
      throw recipientQuotaExceeded(RECIPIENT_DAILY_LIMIT, retryAt(recipient), recipient.retryAfterSeconds);
    }
  }
}

const retryAt = (state: RateLimitState) => new Date(Date.now() + state.retryAfterSeconds * 1000);
const adminKey = (adminId: string) => `invitation-quota:admin:${adminId}`;
const recipientKey = (tenantId: string, email: string) =>
  `invitation-quota:recipient:${tenantId}:${email.toLowerCase()}`;
