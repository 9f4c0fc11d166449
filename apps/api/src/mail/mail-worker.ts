import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import type PgBoss from 'pg-boss';
import type { RuntimeConfig } from '../config/app-config';
import { InjectConfig } from '../config/config.module';
import { DeliveryObservers, type DeliveredMail } from './delivery-observers';
import { MailOutbox, type MailJobData } from './mail-outbox';
import type { DeliveryOutcome, OutgoingMail } from './mail.types';
import { MAIL_QUEUE, PgBossService } from './pg-boss.service';
import {
  MAIL_TRANSPORT,
  PermanentMailError,
  TransientMailError,
  type MailTransport,
} from './transports/mail-transport';

/** Waits this long in place when the remote side asks for it; longer waits go back to the queue. */
const MAX_INLINE_WAIT_SECONDS = 30;

type Job = PgBoss.JobWithMetadata<MailJobData>;
interface Attempt {
  readonly job: Job;
  readonly mail: DeliveredMail;
  readonly outcome: DeliveryOutcome;
}

/**
 * Sends queued e-mails in every instance whose ROLE includes the worker, at most MAIL_CONCURRENCY at a
 * time: one fetch claims a batch, its e-mails go out in parallel, and their outcomes are written per batch.
 * Transient failures go back to the queue with doubling delays; permanent ones, e-mails that cannot be
 * opened, and the last transient failure are reported as failed with the reason, at once.
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
    if (this.config.role === 'api') return;
    const workerId = await this.queue.boss.work<MailJobData>(
      MAIL_QUEUE,
      {
        batchSize: this.config.mailConcurrency,
        includeMetadata: true,
        pollingIntervalSeconds: this.config.mailPollIntervalSeconds,
      },
      async (jobs) => {
        await this.handle(jobs);
        // pg-boss waits a polling interval after every fetch; a busy queue is drained without pauses.
        this.queue.boss.notifyWorker(workerId);
      },
    );
  }

  /** pg-boss completes the batch's jobs that are still active when this returns: the sent and the failed. */
  private async handle(jobs: Job[]): Promise<void> {
    const attempts = await Promise.all(jobs.map((job) => this.attempt(job)));
    const sent = attempts.filter((attempt) => attempt.outcome.state === 'sent');
    if (sent.length > 0)
      await this.observers.notify(
        sent.map((attempt) => attempt.mail),
        { state: 'sent' },
      );
    for (const { job, mail, outcome } of attempts) {
      if (outcome.state === 'sent') continue;
      // Back to the queue, where pg-boss schedules the next attempt with a doubling delay.
      if (outcome.state === 'retrying') await this.queue.boss.fail(MAIL_QUEUE, job.id, { message: outcome.reason });
      await this.observers.notify([mail], outcome);
    }
  }

  private async attempt(job: Job): Promise<Attempt> {
    const mail: DeliveredMail = { id: job.data.id, kind: job.data.kind };
    const settle = (outcome: DeliveryOutcome): Attempt => ({ job, mail, outcome });
    let opened: OutgoingMail;
    try {
      opened = await this.outbox.open(job.data);
    } catch (error) {
      // Retrying cannot help: the admin sees the reason at once and can send the invitation again.
      const reason = `the e-mail could not be opened: ${error instanceof Error ? error.message : String(error)}`;
      this.logger.error({ mailId: mail.id, kind: mail.kind }, reason);
      return settle({ state: 'failed', reason });
    }
    try {
      await this.sendHonouringRetryAfter(opened);
      return settle({ state: 'sent' });
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      if (error instanceof PermanentMailError || job.retryCount >= job.retryLimit) {
        this.logger.warn({ mailId: mail.id, kind: mail.kind, reason }, 'e-mail failed');
        return settle({ state: 'failed', reason });
      }
      const attempt = job.retryCount + 1;
      this.logger.warn({ mailId: mail.id, kind: mail.kind, reason, attempt }, 'e-mail will be retried');
      return settle({ state: 'retrying', reason });
    }
  }

  private async sendHonouringRetryAfter(mail: OutgoingMail): Promise<void> {
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
