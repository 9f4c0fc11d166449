import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { DevMailMessageEntity } from './dev-mail-message.entity';

const NEWEST = 200;

@Injectable()
export class DevMailboxRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

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
}
