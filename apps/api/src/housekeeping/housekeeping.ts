import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import type { RuntimeConfig } from '../config/app-config';
import { InjectConfig } from '../config/config.module';
import { HOUSEKEEPING_QUEUE, PgBossService } from '../mail/pg-boss.service';

/** Every ten minutes; pg-boss's schedule runs it once across all instances. */
const SCHEDULE = '*/10 * * * *';

/** One cleanup: removes what its module no longer needs and answers how many rows went. */
export type HousekeepingTask = () => Promise<number>;

/**
 * Keeps bookkeeping tables as large as the recent traffic, not the product's history: each module that
 * writes such rows (rate-limit events, refresh tokens) registers its cleanup here, and the worker runs them
 * all on a schedule.
 */
@Injectable()
export class Housekeeping implements OnApplicationBootstrap {
  private readonly logger = new Logger(Housekeeping.name);
  private readonly tasks = new Map<string, HousekeepingTask>();

  constructor(
    private readonly queue: PgBossService,
    @InjectConfig() private readonly config: RuntimeConfig,
  ) {}

  register(name: string, task: HousekeepingTask): void {
    this.tasks.set(name, task);
  }

  async onApplicationBootstrap(): Promise<void> {
    if (this.config.role === 'api') return;
    await this.queue.boss.schedule(HOUSEKEEPING_QUEUE, SCHEDULE);
    await this.queue.boss.work(HOUSEKEEPING_QUEUE, () => this.runAll());
  }

  /** Runs every cleanup; one that fails does not stop the others, and the run is retried by pg-boss. */
  async runAll(): Promise<Record<string, number>> {
    const removed: Record<string, number> = {};
    const failures: string[] = [];
    for (const [name, task] of this.tasks) {
      try {
        removed[name] = await task();
      } catch (error) {
        failures.push(`${name}: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
    this.logger.log({ removed }, 'housekeeping done');
    if (failures.length > 0) throw new Error(`housekeeping failed for ${failures.join('; ')}`);
    return removed;
  }
}
