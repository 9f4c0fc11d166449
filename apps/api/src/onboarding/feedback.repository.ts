import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { typedQueries } from '../database/typed-queries';

/** The one writer of `feedback`: what members tell us from the onboarding pages. */
@Injectable()
export class FeedbackRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  add(feedback: { tenantId: string; userId: string; message: string }) {
    return typedQueries(this.dataSource)
      .insertInto('feedback')
      .values(feedback)
      .returning(['id', 'createdAt'])
      .executeTakeFirstOrThrow();
  }
}
