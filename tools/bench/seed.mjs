// Seeding through our own seed CLI (apps/api/src/seed/seed-cli.ts), the same code path as
// `npm run seed`: set-based SQL, idempotent per batch, answers JSON with the ids the cases need.
import pg from 'pg';
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

/**
 * One in `every` of the customer's open bulk invitations gets a failed delivery (the seed sends none): rows
 * for the table's "failed delivery" filter. Straight in the database, as a refusing mail server would leave them.
 */
export async function failBulkDeliveries(server, customer, every = 100) {
  const client = new pg.Client({ connectionString: server.databaseUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query(
      `UPDATE invitations i SET delivery = 'failed', delivery_error = '550 5.1.1 bench: mailbox unknown'
         FROM tenants t
        WHERE t.id = i.tenant_id AND t.customer_number = $1 AND i.email LIKE 'bulk-%'
          AND i.accepted_at IS NULL AND i.revoked_at IS NULL AND abs(hashtext(i.email)) % $2 = 0`,
      [customer, every],
    );
    await client.query('ANALYZE invitations');
    return rowCount;
  } finally {
    await client.end();
  }
}
