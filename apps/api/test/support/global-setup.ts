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
  const postgres = await startOnAFreePort(dataDir);
  globalThis.embeddedPostgresForTests = postgres;
  const dataSource = new DataSource(dataSourceOptions(postgres.url, 2));
  await dataSource.initialize();
  await dataSource.runMigrations({ transaction: 'each' });
  await dataSource.destroy();
  process.env.TEST_DATABASE_URL = postgres.url;
}

/**
 * A port found free can be taken by someone else before PostgreSQL binds it; then another one is tried.
 * What PostgreSQL said is kept, so a start that fails for another reason says why.
 */
async function startOnAFreePort(dataDir: string, attempts = 3): Promise<EmbeddedPostgresHandle> {
  const lines: string[] = [];
  for (let attempt = 1; ; attempt++) {
    try {
      return await startEmbeddedPostgres({
        dataDir,
        port: await freePort(),
        persistent: false,
        database: 'cloudhub_test',
        log: (line) => lines.push(line),
      });
    } catch (error) {
      if (attempt >= attempts) throw new Error(`${String(error)}\n${lines.slice(-20).join('\n')}`);
    }
  }
}
