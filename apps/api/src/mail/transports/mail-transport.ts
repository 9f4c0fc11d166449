import type { OutgoingMail } from '../mail.types';

export const MAIL_TRANSPORT = Symbol('MAIL_TRANSPORT');

/** Sends one e-mail or says why not: transient failures are retried, permanent ones are not. */
export interface MailTransport {
  send(mail: OutgoingMail): Promise<void>;
}

export class TransientMailError extends Error {
  constructor(
    reason: string,
    /** What the remote side asked us to wait (HTTP Retry-After), if anything. */
    readonly retryAfterSeconds?: number,
  ) {
    super(reason);
    this.name = 'TransientMailError';
  }
}

export class PermanentMailError extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = 'PermanentMailError';
  }
}
