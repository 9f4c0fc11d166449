import { execFileSync, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chownSync, existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { connect } from 'node:net';
import { join } from 'node:path';
import { simpleParser, type ParsedMail } from 'mailparser';
import { Client } from 'pg';
import { freePort } from '../support/free-port';
import { waitFor } from './server-process';

/**
 * Real services from Debian packages, started by a process test as their own processes on 127.0.0.1 and
 * stopped by pid: PostgreSQL's server (package `postgresql`) and aiosmtpd (package `python3-aiosmtpd`).
 * `.ci/run` installs both when missing; here a missing one is an error that names its package.
 */

/** A started child process we own, stopped by its pid with a bounded wait. */
class OwnedProcess {
  stdout = '';
  stderr = '';
  readonly exited: Promise<number | null>;
  /** After the exit, once its output has been read to the end. */
  readonly closed: Promise<void>;

  constructor(readonly child: ChildProcess) {
    child.stdout?.on('data', (chunk: Buffer) => (this.stdout += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (this.stderr += chunk.toString()));
    this.exited = new Promise((resolve) => child.on('exit', (code) => resolve(code)));
    this.closed = new Promise((resolve) => child.on('close', () => resolve()));
  }

  get running(): boolean {
    return this.child.exitCode === null && this.child.signalCode === null;
  }

  log(): string {
    return this.stdout + this.stderr;
  }

  /** `signal` first; SIGKILL if it has not ended within `graceMs`. */
  async stop(signal: NodeJS.Signals, graceMs = 10_000): Promise<void> {
    if (!this.running || this.child.pid === undefined) return;
    process.kill(this.child.pid, signal);
    const ended = await Promise.race([
      this.exited.then(() => true),
      new Promise<false>((resolve) => setTimeout(() => resolve(false), graceMs).unref()),
    ]);
    if (!ended && this.running) {
      process.kill(this.child.pid, 'SIGKILL');
      await this.exited;
    }
  }
}

/** Tests run as root; PostgreSQL refuses root, so the server runs as Debian's `postgres` user. */
function postgresUser(): { uid: number; gid: number } | Record<string, never> {
  if (process.getuid?.() !== 0) return {};
  return { uid: idOf('-u', 'postgres'), gid: idOf('-g', 'postgres') };
}

function idOf(flag: '-u' | '-g', user: string): number {
  return Number(execFileSync('id', [flag, user], { encoding: 'utf8' }).trim());
}

/** The newest PostgreSQL server Debian installed under /usr/lib/postgresql/<major>/bin. */
function debianPostgresBin(): { bin: string; major: string } {
  const majors = existsSync('/usr/lib/postgresql')
    ? readdirSync('/usr/lib/postgresql')
        .filter((major) => existsSync(`/usr/lib/postgresql/${major}/bin/initdb`))
        .sort((a, b) => Number(b) - Number(a))
    : [];
  if (majors.length === 0) {
    throw new Error(
      'Debian package postgresql is missing (no /usr/lib/postgresql/*/bin/initdb): apt-get install postgresql',
    );
  }
  return { bin: `/usr/lib/postgresql/${majors[0]}/bin`, major: majors[0] };
}

export interface DatabaseOwner {
  readonly role: string;
  readonly password: string;
  readonly database: string;
}

/**
 * A fresh cluster (initdb) in `dir`, its postmaster started directly as the `postgres` user (so the pid we
 * hold is the postmaster's), on a free 127.0.0.1 port. Local socket connections in `dir` are trusted (only
 * root and `postgres` can reach them); TCP connections need a password (scram-sha-256), as on a server.
 */
export class DebianPostgres {
  readonly port: number;
  readonly major: string;
  private server: OwnedProcess | undefined;

  private constructor(
    private readonly dir: string,
    port: number,
    major: string,
  ) {
    this.port = port;
    this.major = major;
  }

  static async start(dir: string): Promise<DebianPostgres> {
    const { bin, major } = debianPostgresBin();
    // The migrations create pg_trgm; Debian ships it with the server package (formerly postgresql-contrib).
    if (!existsSync(`/usr/share/postgresql/${major}/extension/pg_trgm.control`)) {
      throw new Error(`pg_trgm is missing for PostgreSQL ${major}: apt-get install postgresql-contrib`);
    }
    const user = postgresUser();
    mkdirSync(dir, { mode: 0o700 });
    if ('uid' in user) chownSync(dir, user.uid, user.gid);
    const data = join(dir, 'data');
    const env = { PATH: process.env.PATH ?? '/usr/bin:/bin', LANG: 'C' };
    const initdb = spawnSync(
      `${bin}/initdb`,
      // UTF-8 for the company names; --no-sync because the cluster is thrown away.
      [
        '-D',
        data,
        '-U',
        'postgres',
        '--auth-local=trust',
        '--auth-host=scram-sha-256',
        '-E',
        'UTF8',
        '--locale=C',
        '--no-sync',
      ],
      { ...user, env, cwd: dir, encoding: 'utf8', timeout: 30_000 },
    );
    if (initdb.status !== 0) throw new Error(`initdb failed (${initdb.status}):\n${initdb.stdout}${initdb.stderr}`);

    const postgres = new DebianPostgres(dir, await freePort(), major);
    const settings = {
      listen_addresses: '127.0.0.1',
      port: String(postgres.port),
      unix_socket_directories: dir,
      // A throw-away cluster: durability is not what this test is about.
      fsync: 'off',
      synchronous_commit: 'off',
      full_page_writes: 'off',
    };
    const args = ['-D', data, ...Object.entries(settings).flatMap(([key, value]) => ['-c', `${key}=${value}`])];
    postgres.server = new OwnedProcess(
      spawn(`${bin}/postgres`, args, { ...user, env, cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] }),
    );
    await postgres.waitUntilReady();
    return postgres;
  }

  private async waitUntilReady(): Promise<void> {
    const deadline = Date.now() + 30_000;
    for (;;) {
      if (!this.server!.running) throw new Error(`PostgreSQL ended at start-up:\n${this.server!.log()}`);
      try {
        await this.query('SELECT 1');
        return;
      } catch (error) {
        if (Date.now() > deadline) throw new Error(`PostgreSQL not ready: ${String(error)}\n${this.server!.log()}`);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    }
  }

  /** A statement as the cluster's superuser, over the local socket. */
  async query<T extends object = Record<string, unknown>>(
    sql: string,
    values: unknown[] = [],
    database = 'postgres',
  ): Promise<T[]> {
    const client = new Client({ host: this.dir, port: this.port, user: 'postgres', database });
    await client.connect();
    try {
      return (await client.query<T>(sql, values)).rows;
    } finally {
      await client.end();
    }
  }

  /** What an operator does for a deployment: a login role without privileges that owns its database. */
  async createOwnedDatabase(role: string, database: string): Promise<DatabaseOwner> {
    const password = randomBytes(18).toString('base64url');
    await this.query(
      `CREATE ROLE ${role} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION PASSWORD '${password}'`,
    );
    await this.query(`CREATE DATABASE ${database} OWNER ${role}`);
    return { role, password, database };
  }

  url(owner: DatabaseOwner): string {
    return `postgres://${owner.role}:${owner.password}@127.0.0.1:${this.port}/${owner.database}`;
  }

  /** Fast shutdown (SIGINT): ends the sessions and stops cleanly. */
  async stop(): Promise<void> {
    await this.server?.stop('SIGINT');
  }
}

const AIOSMTPD = '/usr/bin/aiosmtpd';

export interface StoredMail {
  readonly file: string;
  /** The envelope recipients, as aiosmtpd recorded them (X-RcptTo). */
  readonly rcptTo: string[];
  readonly parsed: ParsedMail;
}

/**
 * aiosmtpd, the SMTP server from the Python project (Debian package python3-aiosmtpd), with its stock
 * Mailbox handler: every accepted message becomes a file in a Maildir. It runs as `nobody` (when the
 * tests run as root), so it is unprivileged and owns nothing but its Maildir.
 */
export class Aiosmtpd {
  private server: OwnedProcess | undefined;

  private constructor(
    readonly port: number,
    private readonly maildir: string,
  ) {}

  get url(): string {
    return `smtp://127.0.0.1:${this.port}`;
  }

  static async start(dir: string): Promise<Aiosmtpd> {
    if (!existsSync(AIOSMTPD)) {
      throw new Error(`Debian package python3-aiosmtpd is missing (no ${AIOSMTPD}): apt-get install python3-aiosmtpd`);
    }
    mkdirSync(dir, { mode: 0o755 });
    // Started as `nobody` from the first instruction (its own setuid would come after the handler has
    // created the Maildir as root, which `nobody` then cannot write to).
    const nobody =
      process.getuid?.() === 0
        ? { uid: idOf('-u', 'nobody'), gid: idOf('-g', 'nobody') }
        : ({} as Record<string, never>);
    if ('uid' in nobody) chownSync(dir, nobody.uid, nobody.gid);
    // The Maildir must not exist yet: the handler creates new/, cur/ and tmp/ only for a new directory.
    const smtp = new Aiosmtpd(await freePort(), join(dir, 'Maildir'));
    const args = [
      '--nosetuid',
      '--listen',
      `127.0.0.1:${smtp.port}`,
      '--class',
      'aiosmtpd.handlers.Mailbox',
      smtp.maildir,
    ];
    smtp.server = new OwnedProcess(
      spawn(AIOSMTPD, args, {
        ...nobody,
        cwd: dir,
        env: { PATH: process.env.PATH ?? '/usr/bin:/bin', PYTHONUNBUFFERED: '1' },
        stdio: ['ignore', 'pipe', 'pipe'],
      }),
    );
    const deadline = Date.now() + 15_000;
    while (!(await greets(smtp.port))) {
      if (!smtp.server.running) throw new Error(`aiosmtpd ended at start-up:\n${smtp.server.log()}`);
      if (Date.now() > deadline) throw new Error(`aiosmtpd does not answer on ${smtp.url}:\n${smtp.server.log()}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    return smtp;
  }

  log(): string {
    return this.server?.log() ?? '';
  }

  /** Every message delivered so far (Maildir new/: a file appears there only once it is complete). */
  async messages(): Promise<StoredMail[]> {
    const incoming = join(this.maildir, 'new');
    if (!existsSync(incoming)) return [];
    const stored: StoredMail[] = [];
    for (const file of readdirSync(incoming).sort()) {
      const parsed = await simpleParser(readFileSync(join(incoming, file)));
      const header = parsed.headers.get('x-rcptto');
      const rcptTo = (typeof header === 'string' ? header : '')
        .split(',')
        .map((address) => address.trim().toLowerCase())
        .filter(Boolean);
      stored.push({ file, rcptTo, parsed });
    }
    return stored;
  }

  /** Waits (bounded) until a message to `address` has arrived. */
  async waitForMailTo(address: string, timeoutMs: number): Promise<StoredMail> {
    let found: StoredMail | undefined;
    const deadline = Date.now() + timeoutMs;
    while (!(found = (await this.messages()).find((mail) => mail.rcptTo.includes(address)))) {
      if (Date.now() > deadline) throw new Error(`timed out: no e-mail to ${address} in the Maildir\n${this.log()}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    return found;
  }

  async stop(): Promise<void> {
    await this.server?.stop('SIGTERM');
  }
}

/** Whether an SMTP server on the port sends its 220 greeting. */
function greets(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(1000, () => done(false));
    socket.once('error', () => done(false));
    socket.once('data', (chunk: Buffer) => done(chunk.toString().startsWith('220')));
  });
}

/** Runs a command to its end (bounded) and hands back its exit code and output; killed by pid on time-out. */
export async function runToEnd(
  command: string,
  args: string[],
  env: Record<string, string>,
  cwd: string,
  timeoutMs: number,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const owned = new OwnedProcess(spawn(command, args, { env, cwd, stdio: ['ignore', 'pipe', 'pipe'] }));
  try {
    await waitFor(
      () => !owned.running,
      timeoutMs,
      () => `${command} ${args.join(' ')} still running:\n${owned.log()}`,
    );
  } finally {
    await owned.stop('SIGKILL', 1000);
  }
  await Promise.race([owned.closed, new Promise((resolve) => setTimeout(resolve, 2000).unref())]);
  return { code: await owned.exited, stdout: owned.stdout, stderr: owned.stderr };
}
