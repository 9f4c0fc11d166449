import { Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { simpleParser, type AddressObject } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import type { RuntimeConfig } from '../config/app-config';
import { InjectConfig } from '../config/config.module';
import { DevMailboxRepository } from './dev-mailbox.repository';

const MAX_MESSAGE_BYTES = 10 * 1024 * 1024;

/**
 * The in-process SMTP server that `npm start` runs when no SMTP_URL is configured. It accepts every
 * message on 127.0.0.1 and stores it in the database, where the dev mailbox shows it; other instances
 * pointed at it through SMTP_URL deliver here too.
 */
@Injectable()
export class CaptureSmtpServer implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(CaptureSmtpServer.name);
  private readonly server: SMTPServer;

  constructor(
    private readonly mailbox: DevMailboxRepository,
    @InjectConfig() private readonly config: RuntimeConfig,
  ) {
    this.server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      size: MAX_MESSAGE_BYTES,
      logger: false,
      banner: 'CloudHub capture SMTP server (development)',
      onData: (stream, session, done) => {
        const envelopeTo = session.envelope.rcptTo.map((rcpt) => rcpt.address.toLowerCase());
        simpleParser(stream)
          .then((parsed) =>
            this.mailbox.store({
              messageId: parsed.messageId ?? null,
              from: parsed.from?.text ?? (session.envelope.mailFrom ? session.envelope.mailFrom.address : ''),
              to: envelopeTo.length > 0 ? envelopeTo : addresses(parsed.to),
              subject: parsed.subject ?? '',
              text: parsed.text ?? null,
              html: typeof parsed.html === 'string' ? parsed.html : null,
            }),
          )
          .then(
            () => done(),
            (error: unknown) => {
              this.logger.error({ err: error }, 'could not store a captured message');
              done(Object.assign(new Error('Message not stored, try again later'), { responseCode: 451 }));
            },
          );
      },
    });
  }

  async onModuleInit(): Promise<void> {
    await new Promise<void>((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen(this.config.devSmtpPort, '127.0.0.1', () => resolve());
    });
    this.server.on('error', (error) => this.logger.error({ err: error }, 'capture SMTP server error'));
  }

  async onModuleDestroy(): Promise<void> {
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}

function addresses(field: AddressObject | AddressObject[] | undefined): string[] {
  const list = Array.isArray(field) ? field : field ? [field] : [];
  return list.flatMap((entry) => entry.value.map((value) => (value.address ?? '').toLowerCase())).filter(Boolean);
}
