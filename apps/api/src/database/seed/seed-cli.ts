import { resolve } from 'node:path';
import { Client } from 'pg';
import { loadConfig } from '../../config/app-config';
import { postmasterInUse, startEmbeddedPostgres } from '../embedded-postgres.launcher';
import { insertBulkInvitations } from './bulk-invitations';

/**
 * `npm run seed -- --invitations 100000 [--customer 100042]`: bulk data for benchmarks and manual checks.
 * Uses DATABASE_URL, else the embedded PostgreSQL of DATA_DIR (the running one if `npm start` runs).
 */
async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const config = loadConfig(process.env);
  const clusterDir = resolve(config.dataDir, 'postgres');
  const embeddedUrl = `postgres://postgres:postgres@127.0.0.1:${config.embeddedPostgresPort}/cloudhub`;
  const ownServer =
    config.databaseUrl || postmasterInUse(clusterDir) !== undefined
      ? undefined
      : await startEmbeddedPostgres({
          dataDir: config.dataDir,
          port: config.embeddedPostgresPort,
          persistent: true,
          database: 'cloudhub',
          log: () => undefined,
        });
  const db = new Client({ connectionString: config.databaseUrl ?? embeddedUrl });
  await db.connect();
  try {
    const started = Date.now();
    const created = await insertBulkInvitations(db, args.customer, args.invitations);
    if (created === 0) throw new Error(`no customer ${args.customer} (start the app once so the demo world exists)`);
    process.stdout.write(
      `created ${created} invitations for customer ${args.customer} in ${Date.now() - started} ms\n`,
    );
  } finally {
    await db.end();
    await ownServer?.stop();
  }
}

function parseArgs(argv: string[]): { invitations: number; customer: string } {
  const value = (flag: string) => {
    const index = argv.indexOf(flag);
    return index >= 0 ? argv[index + 1] : undefined;
  };
  const invitations = Number(value('--invitations') ?? '1000');
  if (!Number.isInteger(invitations) || invitations < 1 || invitations > 10_000_000) {
    throw new Error('--invitations must be a whole number between 1 and 10000000');
  }
  return { invitations, customer: value('--customer') ?? '100042' };
}

main().catch((error: unknown) => {
  process.stderr.write(`seed failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
