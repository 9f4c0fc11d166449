import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { withStartUpLock } from './start-up-lock';

const MIGRATION_LOCK = 4_200_001;

/**
 * Applies pending migrations at start-up. TypeORM takes no lock of its own, so instances starting at the
 * same moment on a fresh database serialise on an advisory lock; the later ones find nothing to do. The
 * lock is transaction-scoped, so that it also holds behind PgBouncer in transaction mode (see withStartUpLock).
 */
@Injectable()
export class MigrationRunner implements OnModuleInit {
  private readonly logger = new Logger(MigrationRunner.name);

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async onModuleInit(): Promise<void> {
    await withStartUpLock(this.dataSource, MIGRATION_LOCK, async () => {
      const applied = await this.dataSource.runMigrations({ transaction: 'each' });
      if (applied.length > 0) this.logger.log(`applied migrations: ${applied.map((m) => m.name).join(', ')}`);
    });
  }
}
