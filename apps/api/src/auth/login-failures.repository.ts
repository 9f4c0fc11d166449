import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { sql } from 'kysely';
import type { DataSource, EntityManager } from 'typeorm';
import { typedQueries } from '../database/typed-queries';

export interface ClientReservation {
  readonly allowed: boolean;
  /** Failures of this client on this account, this attempt included when allowed. */
  readonly failures: number;
  readonly retryAfterSeconds: number;
}

/** The one writer of `login_failures`: failed logins per account per client, and the wait each client has to respect. */
@Injectable()
export class LoginFailuresRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  transaction<T>(work: (tx: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  /** Counts an attempt as a failure unless the client still has to wait (see the migration's function). */
  async reserve(
    account: string,
    client: string,
    delays: readonly number[],
    forgetAfterSeconds: number,
    tx: EntityManager,
  ): Promise<ClientReservation> {
    const row = await typedQueries(tx)
      .selectFrom(
        sql<{
          isAllowed: boolean;
          failureCount: number;
          retryAfterSeconds: number;
        }>`login_failure_reserve(${account}, ${client}, ${[...delays]}::int[], ${forgetAfterSeconds})`.as('r'),
      )
      .select(['r.isAllowed', 'r.failureCount', 'r.retryAfterSeconds'])
      .executeTakeFirstOrThrow();
    return { allowed: row.isAllowed, failures: row.failureCount, retryAfterSeconds: row.retryAfterSeconds };
  }

  /** A success from the client: it starts again with its free attempts. */
  async reset(account: string, client: string, tx: EntityManager): Promise<void> {
    await typedQueries(tx)
      .deleteFrom('loginFailures')
      .where('accountKey', '=', account)
      .where('clientKey', '=', client)
      .execute();
  }

  /** Clients quiet for longer than they are remembered; they would start over anyway. */
  async deleteIdle(forgetAfterSeconds: number): Promise<number> {
    const result = await typedQueries(this.dataSource)
      .deleteFrom('loginFailures')
      .where('lastFailedAt', '<=', sql<Date>`now() - make_interval(secs => ${forgetAfterSeconds})`)
      .where('blockedUntil', '<=', sql<Date>`now()`)
      .executeTakeFirst();
    return Number(result.numDeletedRows);
  }
}
