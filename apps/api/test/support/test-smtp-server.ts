import { SMTPServer } from 'smtp-server';
import { simpleParser } from 'mailparser';

export interface ReceivedMail {
  readonly to: string[];
  readonly subject: string;
  readonly messageId: string | undefined;
}

/**
 * A real SMTP server for tests, on 127.0.0.1, that can be told to answer with an SMTP error (e.g. 451
 * or 550) instead of accepting, and can be stopped and started again on the same port.
 */
export class TestSmtpServer {
  readonly received: ReceivedMail[] = [];
  reject: { code: number; message: string } | undefined;
  private server: SMTPServer | undefined;

  constructor(readonly port: number) {}

  get url(): string {
    return `smtp://127.0.0.1:${this.port}`;
  }

  async start(): Promise<void> {
    this.server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onData: (stream, session, done) => {
        simpleParser(stream)
          .then((parsed) => {
            if (this.reject) {
              done(Object.assign(new Error(this.reject.message), { responseCode: this.reject.code }));
              return;
            }
            this.received.push({
              to: session.envelope.rcptTo.map((rcpt) => rcpt.address.toLowerCase()),
              subject: parsed.subject ?? '',
              messageId: parsed.messageId,
            });
            done();
          })
          .catch(done);
      },
    });
    await new Promise<void>((resolve) => this.server!.listen(this.port, '127.0.0.1', resolve));
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
    this.server = undefined;
  }

  to(address: string): ReceivedMail[] {
    return this.received.filter((mail) => mail.to.includes(address.toLowerCase()));
  }
}
