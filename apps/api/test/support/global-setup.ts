import { chmodSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../../src/database/data-source-options';
import { startEmbeddedPostgres, type EmbeddedPostgresHandle } from '../../src/database/embedded-postgres.launcher';
import { freePort } from './free-port';

declare global {
  var embeddedPostgresForTests: EmbeddedPostgresHandle | undefined;
}

/** One real PostgreSQL per test run, in a fresh folder, with every migration applied once. */
export default async function globalSetup(): Promise<void> {
  if (process.env.TEST_DATABASE_URL) return;
  const dataDir = mkdtempSync(join(tmpdir(), 'cloudhub-api-test-'));
  chmodSync(dataDir, 0o755); // the cluster runs as the postgres user
  const postgres = await startEmbeddedPostgres({
    dataDir,
    port: await freePort(),
    persistent: false,
    database: 'cloudhub_test',
    log: () => undefined,
  });
  globalThis.embeddedPostgresForTests = postgres;
  const dataSource = new DataSource(dataSourceOptions(postgres.url, 2));
  await dataSource.initialize();
  await dataSource.runMigrations({ transaction: 'each' });
  await dataSource.destroy();
  process.env.TEST_DATABASE_URL = postgres.url;
}
