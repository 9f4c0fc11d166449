import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { Housekeeping } from '../housekeeping/housekeeping';
import { DevMailMessageEntity } from './dev-mail-message.entity';

const NEWEST = 200;
/** Captured e-mails are for looking at during development, not an archive. */
const KEPT_DAYS = 7;

@Injectable()
export class DevMailboxRepository implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly housekeeping: Housekeeping,
  ) {}

  onModuleInit(): void {
    this.housekeeping.register('old dev mailbox messages', () => this.deleteOld());
  }

  async store(message: Omit<DevMailMessageEntity, 'id' | 'receivedAt'>): Promise<void> {
    await this.dataSource.getRepository(DevMailMessageEntity).insert(message);
  }

  /** Newest first; recipients are stored lower-cased, so `to` matches case-insensitively. */
  list(to: string | undefined): Promise<DevMailMessageEntity[]> {
    const query = this.dataSource
      .getRepository(DevMailMessageEntity)
      .createQueryBuilder('message')
      .orderBy('message.receivedAt', 'DESC')
      .addOrderBy('message.id', 'DESC')
      .limit(NEWEST);
    if (to) query.where(':to = ANY(message.to)', { to });
    return query.getMany();
  }

  private async deleteOld(): Promise<number> {
    const result = await this.dataSource
      .createQueryBuilder()
      .delete()
      .from(DevMailMessageEntity)
      .where('received_at < now() - make_interval(days => :days)', { days: KEPT_DAYS })
      .execute();
    return result.affected ?? 0;
  }
}
