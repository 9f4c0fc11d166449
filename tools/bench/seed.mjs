// Seeding through our own seed CLI (apps/api/src/seed/seed-cli.ts), the same code path as
// `npm run seed`: set-based SQL, idempotent per batch, answers JSON with the ids the cases need.
import { PASSWORD } from './config.mjs';
import { runCommand } from './processes.mjs';
import { cleanEnv } from './server.mjs';

const SEED_CLI = 'dist/api/apps/api/src/seed/seed-cli.js';

export async function seed(appDir, server, args) {
  const stdout = await runCommand('seed', process.execPath, [SEED_CLI, ...args, '--password', PASSWORD, '--json'], {
    cwd: appDir,
    // Straight to the server's database; BCRYPT_COST stays the default, as on the server.
    env: cleanEnv({ DATABASE_URL: server.databaseUrl }),
  });
  return JSON.parse(stdout.trim().split('\n').pop());
}

/** A batch of customers, admins spread over them and optionally one member of the first `memberOf`. */
export async function seedBatch(appDir, server, { batch, customers, admins = 0, memberOf = 0 }) {
  const { bench } = await seed(appDir, server, [
    '--batch',
    batch,
    '--bench-customers',
    String(customers),
    '--bench-admins',
    String(admins),
    '--bench-member-of',
    String(memberOf),
  ]);
  if (bench.admins.length !== admins)
    throw new Error(`seed batch ${batch}: ${bench.admins.length} admins, not ${admins}`);
  return bench;
}

export async function seedInvitations(appDir, server, count, customer = '100042') {
  const { invitations } = await seed(appDir, server, ['--invitations', String(count), '--customer', customer]);
  return invitations;
}
