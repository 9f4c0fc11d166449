import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import type PgBoss from 'pg-boss';
import type { RuntimeConfig } from '../config/app-config';
import { InjectConfig } from '../config/config.module';
import { DeliveryObservers } from './delivery-observers';
import { MailOutbox, type MailJobData } from './mail-outbox';
import { MAIL_QUEUE, PgBossService } from './pg-boss.service';
import {
  MAIL_TRANSPORT,
  PermanentMailError,
  TransientMailError,
  type MailTransport,
} from './transports/mail-transport';

/** Waits this long in place when the remote side asks for it; longer waits go back to the queue. */
const MAX_INLINE_WAIT_SECONDS = 30;

/**
 * Sends queued e-mails in every API instance. Transient failures go back to the queue with doubling
 * delays; permanent ones, and the last transient one, are reported as failed with the reason.
 */
@Injectable()
export class MailWorker implements OnApplicationBootstrap {
  private readonly logger = new Logger(MailWorker.name);

  constructor(
    private readonly queue: PgBossService,
    private readonly outbox: MailOutbox,
    private readonly observers: DeliveryObservers,
    @Inject(MAIL_TRANSPORT) private readonly transport: MailTransport,
    @InjectConfig() private readonly config: RuntimeConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const workerId = await this.queue.boss.work<MailJobData>(
      MAIL_QUEUE,
      { batchSize: 1, includeMetadata: true, pollingIntervalSeconds: this.config.mailPollIntervalSeconds },
      async ([job]) => {
        await this.handle(job);
        // pg-boss waits a polling interval after every fetch; a busy queue is drained without pauses.
        this.queue.boss.notifyWorker(workerId);
      },
    );
  }

  private async handle(job: PgBoss.JobWithMetadata<MailJobData>): Promise<void> {
    const mail = this.outbox.open(job.data);
    try {
      await this.sendHonouringRetryAfter(mail);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      const lastAttempt = job.retryCount >= job.retryLimit;
      if (error instanceof PermanentMailError || lastAttempt) {
        this.logger.warn({ mailId: mail.id, kind: mail.kind, reason }, 'e-mail failed');
        await this.observers.notify(mail, { state: 'failed', reason });
        return; // completes the job: retrying will not help
      }
      this.logger.warn(
        { mailId: mail.id, kind: mail.kind, reason, attempt: job.retryCount + 1 },
        'e-mail will be retried',
      );
      await this.observers.notify(mail, { state: 'retrying', reason });
      throw error; // pg-boss schedules the retry
    }
    await this.observers.notify(mail, { state: 'sent' });
  }

  private async sendHonouringRetryAfter(mail: ReturnType<MailOutbox['open']>): Promise<void> {
    try {
      await this.transport.send(mail);
    } catch (error) {
      const wait = error instanceof TransientMailError ? error.retryAfterSeconds : undefined;
      if (wait === undefined || wait > MAX_INLINE_WAIT_SECONDS) throw error;
      await new Promise((resolve) => setTimeout(resolve, wait * 1000));
      await this.transport.send(mail);
    }
  }
}
