import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';

export interface ClientReservation {
  readonly allowed: boolean;
  /** Failures of this client on this account, this attempt included when allowed. */
  readonly failures: number;
  readonly retryAfterSeconds: number;
}

/** `login_failures`: failed logins per account per client, and the wait each client has to respect. */
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
    const [row]: { is_allowed: boolean; failure_count: number; retry_after_seconds: number }[] = await tx.query(
      'SELECT * FROM login_failure_reserve($1, $2, $3::int[], $4)',
      [account, client, delays, forgetAfterSeconds],
    );
    return { allowed: row.is_allowed, failures: row.failure_count, retryAfterSeconds: row.retry_after_seconds };
  }

  /** A success from the client: it starts again with its free attempts. */
  async reset(account: string, client: string, tx: EntityManager): Promise<void> {
    await tx.query('DELETE FROM login_failures WHERE account_key = $1 AND client_key = $2', [account, client]);
  }

  /** Clients quiet for longer than they are remembered; they would start over anyway. */
  async deleteIdle(forgetAfterSeconds: number): Promise<number> {
    const [, removed]: [unknown, number] = await this.dataSource.query(
      `DELETE FROM login_failures
        WHERE last_failed_at <= now() - make_interval(secs => $1) AND blocked_until <= now()`,
      [forgetAfterSeconds],
    );
    return removed;
  }
}
