import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { PasswordHasher } from '../auth/password-hasher';
import { loadConfig, type AppConfig } from '../config/app-config';
import { dataSourceOptions } from '../database/data-source-options';
import { clusterDirFor } from '../database/embedded-postgres-access';
import { embeddedDatabaseUrl, postmasterInUse, startAppCluster } from '../database/embedded-postgres.launcher';
import { insertBenchWorld, type BenchWorld } from './bench-world';
import { insertBulkInvitations, type BulkInvitationsOutcome } from './bulk-invitations';

/**
 * Bulk data for benchmarks and manual checks (the app running or not):
 *   npm run seed -- --invitations 100000 [--customer 100042]
 *   npm run seed -- --batch run1 --bench-customers 100 --bench-admins 200 [--bench-member-of 3] --password PW --json
 * `--invitations` gives the customer exactly that many bulk invitations (an earlier run's are replaced);
 * `--bench-*` adds a batch of customers, their admins and one member of several of them (idempotent per
 * batch). Uses DATABASE_URL, else the embedded PostgreSQL of DATA_DIR (the running one if `npm start` runs).
 */
interface SeedArgs {
  readonly invitations: number;
  readonly customer: string;
  readonly batch: string;
  readonly benchCustomers: number;
  readonly benchAdmins: number;
  readonly benchMemberOf: number;
  readonly password: string | undefined;
  readonly json: boolean;
}

interface SeedReport {
  invitations?: BulkInvitationsOutcome & { customer: string; ms: number };
  bench?: BenchWorld & { ms: number };
}

async function main(): Promise<void> {
  const config = loadConfig(process.env);
  const args = parseArgs(process.argv.slice(2), config);
  const clusterDir = clusterDirFor(config.dataDir);
  const embeddedUrl = embeddedDatabaseUrl(config.embeddedPostgresPort);
  const ownServer =
    config.databaseUrl || postmasterInUse(clusterDir) !== undefined
      ? undefined
      : await startAppCluster(config, () => undefined);
  // One connection, no statement timeout (0): a bulk statement may take longer than a request may.
  const dataSource = await new DataSource(dataSourceOptions(config.databaseUrl ?? embeddedUrl, 1, 0)).initialize();
  try {
    const report: SeedReport = {};
    if (args.invitations > 0) report.invitations = await seedInvitations(dataSource, args);
    if (args.benchCustomers + args.benchAdmins + args.benchMemberOf > 0) {
      report.bench = await seedBench(dataSource, args, config);
    }
    process.stdout.write(args.json ? `${JSON.stringify(report)}\n` : describe(report));
  } finally {
    await dataSource.destroy();
    await ownServer?.stop();
  }
}

async function seedInvitations(
  dataSource: DataSource,
  args: SeedArgs,
): Promise<NonNullable<SeedReport['invitations']>> {
  const started = Date.now();
  const outcome = await insertBulkInvitations(dataSource, args.customer, args.invitations);
  if (!outcome.found) throw new Error(`no customer ${args.customer} (start the app once so the demo world exists)`);
  return { ...outcome, customer: args.customer, ms: Date.now() - started };
}

async function seedBench(
  dataSource: DataSource,
  args: SeedArgs,
  config: AppConfig,
): Promise<NonNullable<SeedReport['bench']>> {
  const started = Date.now();
  const needsUsers = args.benchAdmins > 0 || args.benchMemberOf > 0;
  // The app's own hasher at the configured BCRYPT_COST, so the server accepts these passwords; hashed
  // once for the whole batch, since bcrypt at cost 12 takes a quarter of a second per hash.
  const passwordHash =
    needsUsers && args.password !== undefined ? await hasherFor(config).hash(args.password) : undefined;
  const world = await insertBenchWorld(dataSource, {
    batch: args.batch,
    customers: args.benchCustomers,
    admins: args.benchAdmins,
    memberOf: args.benchMemberOf,
    passwordHash,
  });
  return { ...world, ms: Date.now() - started };
}

function hasherFor(config: AppConfig): PasswordHasher {
  // PasswordHasher reads only bcryptCost; the runtime-only fields do not matter to it here.
  return new PasswordHasher({
    ...config,
    databaseUrl: config.databaseUrl ?? '',
    smtpUrl: config.smtpUrl ?? '',
    jwtSecret: config.jwtSecret ?? '',
    devMailbox: false,
  });
}

function describe(report: SeedReport): string {
  const lines: string[] = [];
  const { invitations, bench } = report;
  if (invitations) {
    lines.push(
      `created ${invitations.created} invitations for customer ${invitations.customer} in ${invitations.ms} ms` +
        (invitations.replaced ? ` (replacing ${invitations.replaced} earlier bulk invitations)` : ''),
    );
  }
  if (bench) {
    lines.push(
      `batch ${bench.batch}: ${bench.customers.length} customers, ${bench.admins.length} admins` +
        (bench.member ? `, ${bench.member.email} in ${bench.member.tenantIds.length} customers` : '') +
        ` in ${bench.ms} ms`,
    );
  }
  return lines.map((line) => `${line}\n`).join('');
}

function parseArgs(argv: string[], config: AppConfig): SeedArgs {
  const value = (flag: string) => {
    const index = argv.indexOf(flag);
    return index >= 0 ? argv[index + 1] : undefined;
  };
  const count = (flag: string, fallback: number, max: number) => {
    const n = Number(value(flag) ?? fallback);
    if (!Number.isInteger(n) || n < 0 || n > max) throw new Error(`${flag} must be a whole number from 0 to ${max}`);
    return n;
  };
  const benchCustomers = count('--bench-customers', 0, 10_000);
  const benchAdmins = count('--bench-admins', 0, 100_000);
  const benchMemberOf = count('--bench-member-of', 0, 10_000);
  const anyBench = benchCustomers + benchAdmins + benchMemberOf > 0;
  const batch = value('--batch') ?? 'bench';
  if (!/^[a-z0-9][a-z0-9-]{0,39}$/.test(batch)) {
    throw new Error('--batch must be 1 to 40 lower-case letters, digits or dashes (it becomes part of e-mails)');
  }
  return {
    // Without any flag the CLI keeps its first job: a thousand invitations to look at.
    invitations: count('--invitations', anyBench ? 0 : 1000, 10_000_000),
    customer: value('--customer') ?? '100042',
    batch,
    benchCustomers,
    benchAdmins,
    benchMemberOf,
    password: value('--password') ?? config.seedAdminPassword,
    json: argv.includes('--json'),
  };
}

main().catch((error: unknown) => {
  process.stderr.write(`seed failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
