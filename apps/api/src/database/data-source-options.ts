import type { DataSourceOptions } from 'typeorm';
import { MIGRATIONS } from './migrations';

/**
 * The one place that says how TypeORM talks to PostgreSQL. TypeORM keeps the pool, the migrations and the
 * transactions; the queries are Kysely's (typed-queries.ts), so there are no entities. `statementTimeoutMs`
 * 0 (no limit) is for the seed CLI, whose bulk statements may take longer than a request may.
 */
export function dataSourceOptions(
  databaseUrl: string,
  poolSize: number,
  statementTimeoutMs = 10_000,
): DataSourceOptions {
  return {
    type: 'postgres',
    url: databaseUrl,
    entities: [],
    migrations: MIGRATIONS,
    // Applied by MigrationRunner under a lock, never by synchronize.
    migrationsRun: false,
    synchronize: false,
    extra: {
      max: poolSize,
      application_name: 'cloudhub-api',
      // With the database away, a request fails within about a second (503) instead of waiting for a
      // connection; a statement that hangs is ended by the server. Both hold behind PgBouncer too.
      connectionTimeoutMillis: 1000,
      statement_timeout: statementTimeoutMs,
    },
  };
}
