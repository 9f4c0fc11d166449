import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { embeddedDatabaseUrl } from '../database/embedded-postgres.launcher';
import { loadConfig } from '../config/app-config';
import { dataSourceOptions } from '../database/data-source-options';
import { SigningKeysRepository } from './signing-keys.repository';

const USAGE = `Signing keys in the database (used when JWT_SECRET is not set):
  npm run keys -- list            the keys that sign and verify, newest (current) first
  npm run keys -- rotate          adds a key; every instance signs with it within a minute
  npm run keys -- retire <kid>    what that key signed or sealed stops working (not the current key)
Uses DATABASE_URL, else the running embedded PostgreSQL of \`npm start\`.`;

/**
 * Rotation: \`rotate\`, then wait longer than ACCESS_TOKEN_TTL (tokens of the previous key expire) and until
 * the e-mails queued before have gone out, then \`retire\` the previous key.
 */
async function main(args: readonly string[]): Promise<string> {
  const config = loadConfig(process.env);
  if (config.jwtSecret) return 'JWT_SECRET is set: keys come from the environment (rotate with JWT_PREVIOUS_SECRETS).';
  const url = config.databaseUrl ?? embeddedDatabaseUrl(config.embeddedPostgresPort);
  const dataSource = await new DataSource(dataSourceOptions(url, 1)).initialize();
  try {
    const keys = new SigningKeysRepository(dataSource);
    const [command, kid] = args;
    switch (command) {
      case 'list': {
        const active = await keys.active();
        return active
          .map((key, i) => `${key.kid}  ${key.createdAt.toISOString()}${i === 0 ? '  current' : ''}`)
          .join('\n');
      }
      case 'rotate':
        return `added ${await keys.add()}; it becomes current on every instance within a minute`;
      case 'retire': {
        if (!kid) return USAGE;
        const outcome = await keys.retire(kid);
        if (outcome === 'current') throw new Error(`${kid} is the current key: rotate first`);
        if (outcome === 'unknown') throw new Error(`${kid} is not an active key (see: npm run keys -- list)`);
        return `retired ${kid}`;
      }
      default:
        return USAGE;
    }
  } finally {
    await dataSource.destroy();
  }
}

main(process.argv.slice(2)).then(
  (output) => process.stdout.write(`${output}\n`),
  (error: unknown) => {
    process.stderr.write(`keys: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
