import { Injectable } from '@nestjs/common';
import { RateLimitLedger } from '../rate-limit/rate-limit-ledger';
import { loginThrottled } from './auth.errors';

const WINDOW_SECONDS = 15 * 60;
const PER_ACCOUNT = 10;
const PER_ADDRESS = 50;

/**
 * Failed logins per account and per client address, counted in PostgreSQL so the limit holds across
 * instances. An attempt is reserved before the password is checked (exact under concurrency) and
 * handed back when it succeeds.
 */
@Injectable()
export class LoginThrottle {
  constructor(private readonly ledger: RateLimitLedger) {}

  async reserve(email: string, ip: string): Promise<() => Promise<void>> {
    const keys = [`login-failed:account:${email.toLowerCase()}`, `login-failed:ip:${ip}`];
    const limits = [PER_ACCOUNT, PER_ADDRESS];
    const states = await Promise.all(keys.map((key, i) => this.ledger.consume(key, limits[i], WINDOW_SECONDS)));
    const counted = keys.filter((_, i) => states[i].allowed);
    const release = async () => {
      await Promise.all(counted.map((key) => this.ledger.refundLatest(key)));
    };
    if (states.some((state) => !state.allowed)) {
      await release();
      throw loginThrottled(Math.max(...states.map((state) => state.retryAfterSeconds)));
    }
    return release;
  }
}
