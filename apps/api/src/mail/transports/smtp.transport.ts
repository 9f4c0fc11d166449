import type { OnApplicationShutdown } from '@nestjs/common';
import { createTransport, type Transporter } from 'nodemailer';
import type { OutgoingMail } from '../mail.types';
import { renderMail } from '../templates/render-mail';
import { PermanentMailError, TransientMailError, type MailTransport } from './mail-transport';

interface SmtpFailure {
  readonly responseCode?: number;
  readonly response?: string;
  readonly code?: string;
  readonly message?: string;
}

/** SMTP through nodemailer: 4xx replies and connection trouble are transient, 5xx replies permanent. */
export class SmtpTransport implements MailTransport, OnApplicationShutdown {
  private readonly transporter: Transporter;

  constructor(
    smtpUrl: string,
    private readonly from: string,
    private readonly messageIdDomain: string,
    maxConnections: number,
  ) {
    this.transporter = createTransport({
      url: smtpUrl,
      // Kept open between e-mails: a busy queue pays the connection and greeting once, not per e-mail.
      pool: true,
      maxConnections,
      connectionTimeout: 10_000,
      greetingTimeout: 10_000,
      socketTimeout: 30_000,
    });
  }

  async send(mail: OutgoingMail): Promise<void> {
    const rendered = renderMail(mail);
    try {
      await this.transporter.sendMail({
        from: this.from,
        to: mail.to,
        subject: rendered.subject,
        text: rendered.text,
        html: rendered.html,
        // Derived from the queued e-mail, so a rare duplicate after a crash is recognisable as one.
        messageId: `<${mail.id}@${this.messageIdDomain}>`,
        headers: { 'X-CloudHub-Mail': mail.kind, 'Auto-Submitted': 'auto-generated' },
      });
    } catch (error) {
      throw classify(error as SmtpFailure);
    }
  }

  /** After the workers stopped (pg-boss stops in onModuleDestroy), so no send loses its connection. */
  onApplicationShutdown(): void {
    this.transporter.close();
  }
}

function classify(failure: SmtpFailure): Error {
  const reason = (failure.response ?? failure.message ?? String(failure.code ?? 'unknown SMTP error')).trim();
  if (failure.responseCode !== undefined && failure.responseCode >= 500) {
    return new PermanentMailError(`SMTP ${failure.responseCode}: ${reason}`);
  }
  if (failure.code === 'EENVELOPE' && failure.responseCode === undefined) return new PermanentMailError(reason);
  return new TransientMailError(failure.responseCode ? `SMTP ${failure.responseCode}: ${reason}` : reason);
}
