import { Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import PgBoss from 'pg-boss';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { RuntimeConfig } from '../config/app-config';
import { InjectConfig } from '../config/config.module';
import { withStartUpLock } from '../database/start-up-lock';

export const MAIL_QUEUE = 'mail-send';
export const HOUSEKEEPING_QUEUE = 'housekeeping';
const START_LOCK = 4_200_002;

/**
 * The job queue in PostgreSQL (pg-boss). Jobs are inserted in the caller's transaction, so a row and
 * its e-mail commit together; workers in every instance claim them with SKIP LOCKED.
 */
@Injectable()
export class PgBossService implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(PgBossService.name);
  readonly boss: PgBoss;

  constructor(
    @InjectConfig() private readonly config: RuntimeConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {
    this.boss = new PgBoss({
      connectionString: config.databaseUrl,
      schema: 'pgboss',
      max: 3,
      application_name: 'cloudhub-mail',
    });
    this.boss.on('error', (error) => this.logger.error({ err: error }, 'job queue error'));
  }

  /**
   * Instances starting at once on a fresh database would deadlock creating the queue: they take turns, on a
   * transaction-scoped lock that also holds behind PgBouncer in transaction mode (see withStartUpLock).
   * pg-boss itself keeps no session state: its own advisory locks are transaction-scoped, so its pool may
   * go through PgBouncer too.
   */
  async onModuleInit(): Promise<void> {
    await withStartUpLock(this.dataSource, START_LOCK, () => this.startQueue());
  }

  private async startQueue(): Promise<void> {
    await this.boss.start();
    await this.boss.createQueue(MAIL_QUEUE, {
      name: MAIL_QUEUE,
      retryLimit: this.config.mailRetryLimit,
      retryDelay: this.config.mailRetryDelaySeconds,
      retryBackoff: true,
      // A worker that died mid-send (kill -9) leaves its job active; after this it is picked up again.
      expireInSeconds: 120,
    });
    // One run at a time across all instances; a missed run is simply the next one.
    await this.boss.createQueue(HOUSEKEEPING_QUEUE, { name: HOUSEKEEPING_QUEUE, policy: 'singleton', retryLimit: 0 });
  }

  async onModuleDestroy(): Promise<void> {
    await this.boss.stop({ graceful: true, wait: true, timeout: 10_000 });
  }

  /** Inserts a job inside a TypeORM transaction. */
  async sendInTransaction(tx: EntityManager, data: object, id: string): Promise<void> {
    const runner = tx.queryRunner;
    if (!runner) throw new Error('sendInTransaction needs a transactional EntityManager');
    await this.boss.send(MAIL_QUEUE, data, {
      id,
      // Per job, so this instance's settings hold even where another instance created the queue.
      retryLimit: this.config.mailRetryLimit,
      retryDelay: this.config.mailRetryDelaySeconds,
      retryBackoff: true,
      db: {
        executeSql: async (text, values) => {
          const result = await runner.query(text, values, true);
          return { rows: result.records as unknown[] };
        },
      },
    });
  }
}
