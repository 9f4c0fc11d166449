import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { sql } from 'kysely';
import type { DataSource } from 'typeorm';
import type { ContentArea } from '@cloudhub/permissions';
import { typedQueries } from '../database/typed-queries';

/** Reads the demo rows of the content areas (the seeder writes them). */
@Injectable()
export class AreaRecordsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Newest first. `date` as PostgreSQL writes a date (YYYY-MM-DD), never shifted by a time zone. */
  list(tenantId: string, area: ContentArea) {
    return typedQueries(this.dataSource)
      .selectFrom('areaRecords as a')
      .select([
        'a.id',
        'a.reference',
        'a.title',
        'a.status',
        'a.amountCents',
        sql<string>`a.occurred_on::text`.as('date'),
      ])
      .where('a.tenantId', '=', tenantId)
      .where('a.area', '=', area)
      .orderBy('a.occurredOn', 'desc')
      .orderBy('a.reference', 'asc')
      .execute();
  }
}
