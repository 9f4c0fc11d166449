import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from 'pg';
import { freePort } from '../support/free-port';
import { waitFor } from './server-process';

/**
 * The real parts of a scaled deployment, for process tests: Debian's PostgreSQL server, PgBouncer and nginx,
 * configured from the templates in deploy/, and the built API, each a child process on 127.0.0.1 that is
 * stopped by its pid. PostgreSQL and PgBouncer refuse to run as root, so when the tests run as root those
 * processes (and nginx, for simplicity) run as the `postgres` OS user.
 */

const REPO = join(__dirname, '../../../..');
const MAIN = join(REPO, 'dist/api/apps/api/src/main.js');
const DEPLOY = join(REPO, 'deploy');
const PGBOUNCER = '/usr/sbin/pgbouncer';
const NGINX = '/usr/sbin/nginx';

export interface RunningProcess {
  readonly name: string;
  readonly child: ChildProcess;
  output(): string;
  readonly exited: Promise<void>;
  hasExited(): boolean;
  /** Sends the signal, waits for the exit (SIGKILL after 15 s), and resolves once the process is gone. */
  stop(): Promise<void>;
}

interface RunOptions {
  readonly cwd?: string;
  readonly env?: Record<string, string>;
  readonly asPostgresUser?: boolean;
  readonly stopSignal?: NodeJS.Signals;
}

/** The processes a test started, stopped in reverse order however far the start got. */
export class ProcessGroup {
  private readonly processes: RunningProcess[] = [];

  run(name: string, command: string, args: readonly string[], options: RunOptions = {}): RunningProcess {
    const running = runProcess(name, command, args, options);
    this.processes.push(running);
    return running;
  }

  /** Stops every process started, the latest first (nginx before the instances before the database). */
  async stopAll(): Promise<void> {
    while (this.processes.length > 0) await this.processes.pop()!.stop();
  }

  /** The last lines of every process's output, for a failure message. */
  describe(): string {
    return this.processes.map((p) => `--- ${p.name}:\n${p.output().split('\n').slice(-30).join('\n')}`).join('\n');
  }
}

function runProcess(name: string, command: string, args: readonly string[], options: RunOptions): RunningProcess {
  const child = spawn(command, args, {
    cwd: options.cwd,
    env: { PATH: process.env.PATH ?? '', ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
    ...(options.asPostgresUser ? postgresUser() : {}),
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.on('error', (error) => (output += `\n${name} could not start: ${error.message}\n`));
  let ended = false;
  const exited = new Promise<void>((resolve) =>
    child.on('close', () => {
      ended = true;
      resolve();
    }),
  );
  return {
    name,
    child,
    output: () => output,
    exited,
    hasExited: () => ended,
    async stop() {
      if (ended || child.pid === undefined) return;
      child.kill(options.stopSignal ?? 'SIGTERM');
      const killer = setTimeout(() => child.kill('SIGKILL'), 15_000);
      await exited;
      clearTimeout(killer);
    },
  };
}

/** Under root: the uid and gid of the `postgres` OS user (Debian's PostgreSQL package creates it). */
function postgresUser(): { uid: number; gid: number } | Record<string, never> {
  if (process.getuid?.() !== 0) return {};
  const line = readFileSync('/etc/passwd', 'utf8')
    .split('\n')
    .find((entry) => entry.startsWith('postgres:'));
  if (!line) throw new Error('no postgres OS user: install Debian’s postgresql package (.ci/run does)');
  const [, , uid, gid] = line.split(':');
  return { uid: Number(uid), gid: Number(gid) };
}

/** A directory the postgres OS user owns (when running as root). */
function ownedDirectory(path: string): string {
  mkdirSync(path, { recursive: true, mode: 0o700 });
  const user = postgresUser();
  if ('uid' in user) chownSync(path, user.uid, user.gid);
  return path;
}

function ownedFile(path: string, content: string): string {
  writeFileSync(path, content, { mode: 0o600 });
  const user = postgresUser();
  if ('uid' in user) chownSync(path, user.uid, user.gid);
  return path;
}

/**
 * Fills in a template of deploy/ the way envsubst does for the names it is given (`${NAME}`), and refuses a
 * name it is not given, so that the template and the test cannot drift apart unnoticed.
 */
export function renderTemplate(relativePath: string, values: Record<string, string>): string {
  const template = readFileSync(join(DEPLOY, relativePath), 'utf8');
  return template.replace(/\$\{([A-Za-z_][A-Za-z0-9_]*)\}/g, (_, name: string) => {
    if (!(name in values)) throw new Error(`${relativePath} uses \${${name}}, which the test does not set`);
    return values[name];
  });
}

function postgresBinDir(): string {
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root)
    ? readdirSync(root)
        .filter((version) => existsSync(join(root, version, 'bin/initdb')))
        .sort((a, b) => Number(b) - Number(a))
    : [];
  if (versions.length === 0)
    throw new Error(`no PostgreSQL server under ${root}: install Debian’s postgresql (.ci/run does)`);
  return join(root, versions[0], 'bin');
}

export function requireBinaries(): void {
  if (!existsSync(MAIN)) throw new Error(`${MAIN} is missing: build the API first (npx nx run api:build)`);
  postgresBinDir();
  for (const binary of [PGBOUNCER, NGINX]) {
    if (!existsSync(binary))
      throw new Error(`${binary} is missing: install Debian’s nginx and pgbouncer (.ci/run does)`);
  }
}

async function untilConnects(url: string, server: RunningProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const client = new Client({ connectionString: url, connectionTimeoutMillis: 2000 });
    try {
      await client.connect();
      await client.query('SELECT 1');
      return;
    } catch (error) {
      if (server.hasExited()) throw new Error(`${server.name} exited:\n${server.output()}`);
      if (Date.now() > deadline) throw new Error(`${server.name} not reachable: ${String(error)}\n${server.output()}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    } finally {
      await client.end().catch(() => undefined);
    }
  }
}

export interface Database {
  /** Straight to PostgreSQL, as the database's owner (not a superuser). */
  readonly directUrl: string;
  readonly superuserUrl: string;
  readonly port: number;
  readonly user: string;
  readonly password: string;
  readonly name: string;
}

/** A fresh PostgreSQL cluster in `dir`, with a database `cloudhub` owned by the login role `cloudhub`. */
export async function startPostgres(group: ProcessGroup, dir: string): Promise<Database> {
  const bin = postgresBinDir();
  const home = ownedDirectory(join(dir, 'postgres'));
  const superPassword = ownedFile(join(home, 'superuser-password'), 'superuser test password\n');
  const init = spawnSync(
    join(bin, 'initdb'),
    ['-D', join(home, 'data'), '-U', 'postgres', '--pwfile', superPassword, '-E', 'UTF8', '--locale=C', '--no-sync'],
    { encoding: 'utf8', ...postgresUser() },
  );
  if (init.status !== 0) throw new Error(`initdb failed:\n${init.stdout}\n${init.stderr}`);
  writeFileSync(
    join(home, 'data/pg_hba.conf'),
    'local all all trust\nhost all all 127.0.0.1/32 scram-sha-256\n', // over TCP only with a password
  );
  const port = await freePort();
  const postgres = group.run(
    'postgres',
    join(bin, 'postgres'),
    [
      ...['-D', join(home, 'data'), '-p', String(port)],
      ...['-c', 'listen_addresses=127.0.0.1', '-c', `unix_socket_directories=${home}`],
      // A throwaway cluster: durability is not what is tested.
      ...['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off'],
    ],
    { asPostgresUser: true, stopSignal: 'SIGINT' }, // SIGINT: fast shutdown
  );
  const superuserUrl = `postgres://postgres:${encodeURIComponent('superuser test password')}@127.0.0.1:${port}/postgres`;
  await untilConnects(superuserUrl, postgres, 30_000);
  const [user, password, name] = ['cloudhub', 'cloudhub test password', 'cloudhub'];
  const admin = new Client({ connectionString: superuserUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE ROLE ${user} LOGIN PASSWORD '${password}'`);
    await admin.query(`CREATE DATABASE ${name} OWNER ${user}`);
  } finally {
    await admin.end();
  }
  const directUrl = `postgres://${user}:${encodeURIComponent(password)}@127.0.0.1:${port}/${name}`;
  return { port, user, password, name, directUrl, superuserUrl };
}

/** PgBouncer from deploy/pgbouncer's templates in front of `database`; answers its DATABASE_URL. */
export async function startPgBouncer(group: ProcessGroup, dir: string, database: Database): Promise<string> {
  const home = ownedDirectory(join(dir, 'pgbouncer'));
  const port = await freePort();
  // The role's SCRAM secret, as deploy/pgbouncer/entrypoint.sh reads it: PgBouncer checks logins against it.
  const superuser = new Client({ connectionString: database.superuserUrl });
  await superuser.connect();
  const secret = await superuser
    .query<{ rolpassword: string }>('SELECT rolpassword FROM pg_authid WHERE rolname = $1', [database.user])
    .then(({ rows }) => rows[0].rolpassword)
    .finally(() => superuser.end());
  const values = {
    POSTGRES_HOST: '127.0.0.1',
    POSTGRES_PORT: String(database.port),
    POSTGRES_DB: database.name,
    POSTGRES_USER: database.user,
    PGBOUNCER_AUTH_SECRET: secret,
    PGBOUNCER_LISTEN_ADDR: '127.0.0.1',
    PGBOUNCER_PORT: String(port),
    PGBOUNCER_AUTH_FILE: join(home, 'userlist.txt'),
  };
  ownedFile(values.PGBOUNCER_AUTH_FILE, renderTemplate('pgbouncer/userlist.txt.template', values));
  const ini = ownedFile(join(home, 'pgbouncer.ini'), renderTemplate('pgbouncer/pgbouncer.ini.template', values));
  const pgbouncer = group.run('pgbouncer', PGBOUNCER, [ini], { asPostgresUser: true });
  const url = `postgres://${database.user}:${encodeURIComponent(database.password)}@127.0.0.1:${port}/${database.name}`;
  await untilConnects(url, pgbouncer, 15_000);
  return url;
}

/** nginx from deploy/nginx's template, balancing over `apiPorts`; answers its base URL. */
export async function startNginx(group: ProcessGroup, dir: string, apiPorts: readonly number[]): Promise<string> {
  const home = ownedDirectory(join(dir, 'nginx'));
  const port = await freePort();
  const site = renderTemplate('nginx/cloudhub.conf.template', {
    NGINX_PORT: `127.0.0.1:${port}`,
    NGINX_API_SERVERS: apiPorts.map((apiPort) => `server 127.0.0.1:${apiPort};`).join(' '),
  });
  writeFileSync(join(home, 'cloudhub.conf'), site);
  // What the nginx image's own nginx.conf provides around conf.d/*.conf, with every path in `home` (the
  // built-in temp paths under /var/lib/nginx are root's).
  const compiled = spawnSync(NGINX, ['-V'], { encoding: 'utf8' }).stderr; // nginx -V answers on stderr
  const temp = [...compiled.matchAll(/--http-([a-z-]+)-temp-path=/g)].map(
    ([, kind]) => `${kind.replace(/-/g, '_')}_temp_path ${join(home, `${kind}-temp`)};`,
  );
  writeFileSync(
    join(home, 'nginx.conf'),
    [
      'daemon off;',
      'worker_processes 1;',
      `pid ${join(home, 'nginx.pid')};`,
      'error_log stderr warn;',
      'events { worker_connections 1024; }',
      'http {',
      '  log_format upstream \'$remote_addr "$request" $status upstream=$upstream_addr id=$cloudhub_request_id\';',
      `  access_log ${join(home, 'access.log')} upstream;`,
      ...temp.map((line) => `  ${line}`),
      `  include ${join(home, 'cloudhub.conf')};`,
      '}',
      '',
    ].join('\n'),
  );
  chmodSync(home, 0o755);
  const user = postgresUser();
  if ('uid' in user)
    for (const file of ['cloudhub.conf', 'nginx.conf']) chownSync(join(home, file), user.uid, user.gid);
  const nginx = group.run('nginx', NGINX, ['-p', home, '-c', join(home, 'nginx.conf')], { asPostgresUser: true });
  const url = `http://127.0.0.1:${port}`;
  await untilAnswers(`${url}/api/health`, nginx, 15_000);
  return url;
}

async function untilAnswers(url: string, server: RunningProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const status = await fetch(url).then(
      (response) => response.status,
      () => 0,
    );
    if (status === 200) return;
    if (server.hasExited()) throw new Error(`${server.name} exited:\n${server.output()}`);
    if (Date.now() > deadline) throw new Error(`${url} answered ${status}:\n${server.output()}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

export interface ApiInstance {
  readonly process: RunningProcess;
  readonly port: number;
  readonly url: string;
}

/**
 * The built API (`node dist/api/apps/api/src/main.js`) started from a working directory of its own, which is
 * also its DATA_DIR, waiting for its banner. Several can start at the same moment.
 */
export async function startApi(
  group: ProcessGroup,
  name: string,
  dir: string,
  env: Record<string, string>,
): Promise<ApiInstance> {
  const home = join(dir, name);
  mkdirSync(home, { recursive: true });
  const port = await freePort();
  const api = group.run(name, process.execPath, [MAIN], {
    cwd: home,
    env: {
      PORT: String(port),
      DATA_DIR: home,
      WEB_DIST_DIR: join(REPO, 'dist/web'),
      LOG_LEVEL: 'info',
      BCRYPT_COST: '4',
      ...env,
    },
  });
  await waitFor(
    () => api.output().includes('CloudHub Access is running') || api.hasExited(),
    60_000,
    () => `${name} printed no banner:\n${api.output()}`,
  );
  if (api.hasExited()) throw new Error(`${name} exited:\n${api.output()}`);
  return { process: api, port, url: `http://127.0.0.1:${port}` };
}
