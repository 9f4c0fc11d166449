import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { Language } from '@cloudhub/permissions';
import type { EntityManager } from 'typeorm';
import type { RuntimeConfig } from '../config/app-config';
import { InjectConfig } from '../config/config.module';
import { Housekeeping } from '../housekeeping/housekeeping';
import { MailOutbox } from '../mail/mail-outbox';
import { RateLimitLedger } from '../rate-limit/rate-limit-ledger';
import { loginThrottled } from './auth.errors';
import { LoginFailuresRepository } from './login-failures.repository';

/**
 * How failed logins are limited (OWASP device cookies; NIST SP 800-63B-4 5.2.2). Each client (a known device
 * of the account, else an address) has its own counter per account, so nobody else's guessing locks the
 * owner out. The limits across clients apply only to clients that are not a known device of the account.
 */
export const LOGIN_THROTTLE = {
  /** Failures one client may make on one account without waiting: enough for a few typos. */
  freeFailures: 5,
  /** The wait after the first failure beyond the free ones; each further failure doubles it, up to the cap. */
  firstDelaySeconds: 2,
  maxDelaySeconds: 15 * 60,
  /** A client that has not failed for this long starts over with its free attempts. */
  forgetAfterSeconds: 60 * 60,
  /**
   * Failures on one account from all clients that are not its known devices. Reaching it locks out only
   * those clients, and e-mails the owner. With the password policy (15 characters, not guessable, not
   * breached) 2,400 guesses a day is hopeless for an attacker however many addresses they have.
   */
  untrustedPerAccount: { limit: 100, windowSeconds: 60 * 60 },
  /** Failures from one address across accounts (one attacker trying many addresses), known devices aside. */
  untrustedPerAddress: { limit: 50, windowSeconds: 15 * 60 },
  /** At most one lockout e-mail per account in this time, however long the attack goes on. */
  alertIntervalSeconds: 24 * 3600,
} as const;

export type LoginThrottlePolicy = typeof LOGIN_THROTTLE;

/** Seconds a client has to wait after its n-th consecutive failure on an account. */
export function delayAfterFailures(failures: number, policy: LoginThrottlePolicy = LOGIN_THROTTLE): number {
  if (failures < policy.freeFailures) return 0;
  const doublings = failures - policy.freeFailures;
  // 2^doublings overflows to Infinity long after the cap, so min() stays right.
  return Math.min(policy.maxDelaySeconds, policy.firstDelaySeconds * 2 ** doublings);
}

/** Every wait up to the first capped one; the database uses the last entry for any later failure. */
export function delaySchedule(policy: LoginThrottlePolicy = LOGIN_THROTTLE): number[] {
  const schedule: number[] = [];
  for (let failures = 1; ; failures++) {
    schedule.push(delayAfterFailures(failures, policy));
    if (schedule[schedule.length - 1] >= policy.maxDelaySeconds) return schedule;
  }
}

/** Who tries to log in: the account as typed (normalized) and the client it comes from. */
export interface LoginClient {
  /** The e-mail address, trimmed and lower-cased: unknown addresses are counted exactly like real ones. */
  readonly account: string;
  readonly ip: string;
  /** The nonce of a device cookie that is valid for this account; undefined for any other client. */
  readonly knownDevice: string | undefined;
}

/** The owner of the account, when it exists: told once when unknown clients are locked out. */
export interface AccountOwner {
  readonly email: string;
  readonly name: string;
  readonly language: Language;
}

/** A reserved attempt: if the password turns out right, it is taken back. */
export interface LoginAttempt {
  /** In the login's transaction: the client starts over with its free attempts. */
  succeeded(tx: EntityManager): Promise<void>;
  /** After that transaction: the counts across clients forget the attempt. */
  refund(): Promise<void>;
}

class Refused extends Error {
  constructor(
    readonly retryAfterSeconds: number,
    readonly untrustedLockedOut: boolean,
  ) {
    super('login refused');
  }
}

/**
 * Reserves a failed attempt before the password is checked, in one transaction with row locks in PostgreSQL,
 * so the limits are exact across instances and parallel requests; refused attempts count nowhere.
 */
@Injectable()
export class LoginThrottle implements OnModuleInit {
  private readonly delays = delaySchedule();

  constructor(
    private readonly failures: LoginFailuresRepository,
    private readonly ledger: RateLimitLedger,
    private readonly outbox: MailOutbox,
    private readonly housekeeping: Housekeeping,
    @InjectConfig() private readonly config: RuntimeConfig,
  ) {}

  onModuleInit(): void {
    this.housekeeping.register('idle login failures', () =>
      this.failures.deleteIdle(LOGIN_THROTTLE.forgetAfterSeconds),
    );
  }

  /** Throws 429 `login_throttled` (with Retry-After) when the client has to wait. */
  async reserve(client: LoginClient, owner: AccountOwner | undefined): Promise<LoginAttempt> {
    const clientKey = client.knownDevice ? `device:${client.knownDevice}` : `ip:${client.ip}`;
    const shared = client.knownDevice ? [] : this.sharedLimits(client);
    try {
      await this.failures.transaction(async (tx) => {
        const own = await this.failures.reserve(
          client.account,
          clientKey,
          this.delays,
          LOGIN_THROTTLE.forgetAfterSeconds,
          tx,
        );
        if (!own.allowed) throw new Refused(own.retryAfterSeconds, false);
        // Counted last: the account's and the address's counters are the hot rows.
        const states = await this.ledger.consumeEach(shared, tx);
        const refused = states.filter((state) => !state.allowed);
        if (refused.length > 0) {
          const accountRefused = !states[1].allowed;
          throw new Refused(Math.max(...refused.map((state) => state.retryAfterSeconds)), accountRefused);
        }
      });
    } catch (error) {
      if (!(error instanceof Refused)) throw error;
      if (error.untrustedLockedOut) await this.alertOnce(client.account, owner);
      throw loginThrottled(error.retryAfterSeconds);
    }
    return {
      succeeded: (tx) => this.failures.reset(client.account, clientKey, tx),
      refund: async () => {
        await Promise.all(shared.map((limit) => this.ledger.refundLatest(limit.key)));
      },
    };
  }

  private sharedLimits(client: LoginClient) {
    const { untrustedPerAddress: perAddress, untrustedPerAccount: perAccount } = LOGIN_THROTTLE;
    return [
      { key: `login-failed:ip:${client.ip}`, ...perAddress },
      { key: `login-failed:account:${client.account}`, ...perAccount },
    ];
  }

  /**
   * The owner learns once (per alert interval) that unknown clients are locked out, and that their own
   * devices still get in. Counted for unknown addresses too, so the answer takes the same time.
   */
  private async alertOnce(account: string, owner: AccountOwner | undefined): Promise<void> {
    await this.ledger.transaction(async (tx) => {
      const first = await this.ledger.consume(`login-alert:${account}`, 1, LOGIN_THROTTLE.alertIntervalSeconds, tx);
      if (!first.allowed || !owner) return;
      await this.outbox.enqueue(tx, {
        kind: 'login-alert',
        to: owner.email,
        language: owner.language,
        variables: { name: owner.name, email: owner.email, loginUrl: `${this.config.appUrl}/login` },
      });
    });
  }
}
