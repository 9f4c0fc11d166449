import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressObject } from 'mailparser';
import { MIGRATIONS } from '../../src/database/migrations';
import { freePort } from '../support/free-port';
import { Aiosmtpd, DebianPostgres, runToEnd, type DatabaseOwner, type StoredMail } from './debian-services';
import { startServer, type ServerProcess } from './server-process';

const REPO = join(__dirname, '../../../..');
const SETUP_CLI = join(REPO, 'dist/api/apps/api/src/setup/setup-cli.js');
const DEMO_ADDRESSES = ['admin@example.com', 'buyer@example.com', 'newcomer@example.com'];
const ADMIN = 'a@b.example';
const COMPANY = 'Acme Devices GmbH';

/**
 * A production deployment on parts that are not ours: the built API with NODE_ENV=production on Debian's
 * PostgreSQL server, as a role without privileges that owns its database, sending through aiosmtpd. The
 * operator's setup command creates the first customer; its admin's invitation must arrive and work, and
 * nothing of the demo world may exist.
 */
describe('production on real services (Debian PostgreSQL as database owner, aiosmtpd)', () => {
  const root = mkdtempSync(join(tmpdir(), 'cloudhub-real-'));
  chmodSync(root, 0o755); // postgres and nobody reach their own directories inside
  let postgres: DebianPostgres | undefined;
  let smtp: Aiosmtpd | undefined;
  let api: ServerProcess | undefined;
  let owner: DatabaseOwner;
  let env: Record<string, string>;
  let baseUrl: string;
  let tablesBeforeStart: Record<string, unknown>[];
  const appUrl = 'https://portal.acme.test';
  // A development leftover in the operator's environment: with NODE_ENV=production it must create nobody.
  const seedAdminPassword = 'leftover demo password from development';

  const setup = (...extra: string[]) =>
    runToEnd(
      process.execPath,
      [
        SETUP_CLI,
        '--customer-number',
        '100042',
        '--company',
        COMPANY,
        '--language',
        'de',
        '--admin-email',
        ADMIN,
        ...extra,
      ],
      // What an operator has at hand: the deployment's own environment. (With NODE_ENV=production the
      // configuration wants SMTP_URL or HUBSPOT_ACCESS_TOKEN even here, though the setup only queues.)
      { PATH: process.env.PATH ?? '', ...env },
      REPO,
      30_000,
    );
  const asOwner = (sql: string) => postgres!.query<Record<string, unknown>>(sql, [], owner.database);
  const post = (path: string, body: object) =>
    fetch(`${baseUrl}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
  /** Everything the setup command writes, to see that a second run changes nothing. */
  const footprint = async () =>
    (
      await asOwner(`SELECT (SELECT count(*) FROM tenants) AS tenants, (SELECT count(*) FROM roles) AS roles,
                            (SELECT count(*) FROM invitations) AS invitations,
                            (SELECT count(*) FROM invitation_tokens) AS tokens,
                            (SELECT count(*) FROM pgboss.job) AS jobs, (SELECT count(*) FROM users) AS users`)
    )[0];

  beforeAll(async () => {
    postgres = await DebianPostgres.start(join(root, 'postgres'));
    owner = await postgres.createOwnedDatabase('cloudhub', 'cloudhub');
    smtp = await Aiosmtpd.start(join(root, 'smtp'));
    const port = String(await freePort());
    baseUrl = `http://127.0.0.1:${port}`;
    env = {
      NODE_ENV: 'production',
      DATABASE_URL: postgres.url(owner),
      SMTP_URL: smtp.url,
      APP_URL: appUrl,
      PORT: port,
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      BCRYPT_COST: '12', // the production default (startServer would lower it for speed)
      SEED_ADMIN_PASSWORD: seedAdminPassword,
    };
    tablesBeforeStart = await asOwner(
      `SELECT relname FROM pg_class WHERE relnamespace = 'public'::regnamespace AND relkind = 'r'`,
    );
    api = await startServer(env);
  });

  afterAll(async () => {
    try {
      if (api && api.child.exitCode === null && api.child.signalCode === null) {
        api.child.kill('SIGTERM');
        const stopped = await Promise.race([
          api.exited.then(() => true),
          new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 20_000).unref()),
        ]);
        if (!stopped) {
          api.child.kill('SIGKILL');
          await api.exited;
        }
      }
    } finally {
      await smtp?.stop();
      await postgres?.stop();
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('gives the API a role that is no superuser and owns a database that was empty before the start', async () => {
    const [role] = await postgres!.query<{ rolsuper: boolean; rolcreatedb: boolean; rolcreaterole: boolean }>(
      'SELECT rolsuper, rolcreatedb, rolcreaterole FROM pg_roles WHERE rolname = $1',
      [owner.role],
    );
    expect(role).toEqual({ rolsuper: false, rolcreatedb: false, rolcreaterole: false });
    expect(tablesBeforeStart).toEqual([]);
  });

  it('starts in production: applies every migration as the owner and says there is no demo world', async () => {
    const output = api!.output();
    expect(output).toContain('CloudHub Access is running');
    expect(output).toContain('No demo world (NODE_ENV=production or DEMO_SEED=false)');
    expect(output).not.toContain('Demo world created');
    expect(output).not.toContain(seedAdminPassword);
    expect(output).not.toContain(owner.password);
    expect(output).toContain(`DATABASE_URL=postgres://${owner.role}:***@127.0.0.1:${postgres!.port}/cloudhub`);
    expect(output).toContain('Dev mailbox:  off');
    expect((await fetch(`${baseUrl}/api/health`)).status).toBe(200);

    const applied = await asOwner('SELECT name FROM migrations ORDER BY id');
    expect(applied.map((row) => row.name)).toEqual(MIGRATIONS.map((migration) => new migration().name));
    // The owner created pg_trgm itself (a trusted extension since PostgreSQL 13): no superuser step needed.
    expect(
      await asOwner(`SELECT extowner::regrole::text AS owner FROM pg_extension WHERE extname = 'pg_trgm'`),
    ).toEqual([{ owner: owner.role }]);
    // Every table, the job queue's included, belongs to the owner.
    expect(await asOwner(`SELECT DISTINCT tableowner FROM pg_tables WHERE schemaname IN ('public', 'pgboss')`)).toEqual(
      [{ tableowner: owner.role }],
    );
  });

  it('has no demo users: the demo admin cannot log in and the users table knows no demo address', async () => {
    const login = await post('/api/auth/login', { email: 'admin@example.com', password: seedAdminPassword });
    expect(login.status).toBe(401);
    expect(await login.json()).toMatchObject({ code: 'invalid_credentials' });
    const users = await asOwner('SELECT lower(email) AS email FROM users');
    expect(users.filter((user) => DEMO_ADDRESSES.includes(String(user.email)))).toEqual([]);
    expect(users).toEqual([]);
    expect(await asOwner('SELECT customer_number FROM tenants')).toEqual([]);
  });

  let invitation: StoredMail;

  it('creates the first customer with the setup command, and prints no link without --print-link', async () => {
    const run = await setup();
    expect({ code: run.code, stderr: run.stderr }).toEqual({ code: 0, stderr: '' });
    expect(run.stdout).toContain(`Customer 100042 ${COMPANY} created with the role Administrator.`);
    expect(run.stdout).toContain(`An invitation e-mail to ${ADMIN} is queued`);
    expect(run.stdout).not.toContain('invite#token=');
    expect(await asOwner('SELECT customer_number, company_name FROM tenants')).toEqual([
      { customer_number: '100042', company_name: COMPANY },
    ]);
  });

  it('delivers the invitation to the SMTP server, in German, with a link under APP_URL', async () => {
    invitation = await smtp!.waitForMailTo(ADMIN, 20_000);
    const mail = invitation.parsed;
    expect(invitation.rcptTo).toEqual([ADMIN]);
    expect((mail.to as AddressObject).value.map((to) => to.address)).toEqual([ADMIN]);
    expect(mail.subject).toBe(`CloudHub Support hat Sie zu ${COMPANY} in CloudHub eingeladen`);
    expect(mail.text).toContain(`Einladung zu ${COMPANY} in CloudHub`);
    expect(mail.text).toContain('Kundennummer: 100042');
    expect(mail.html || '').toContain('<html lang="de">');
    expect(mail.html || '').toContain(COMPANY);
    const links = (mail.text ?? '').match(/\S+\/invite#token=\S+/g) ?? [];
    expect(links).toHaveLength(1);
    expect(links[0]).toMatch(new RegExp(`^${appUrl.replace(/\./g, '\\.')}/invite#token=[A-Za-z0-9_-]{43}$`));
    expect(mail.html || '').toContain(`href="${links[0]}"`);
    expect(await smtp!.messages()).toHaveLength(1);
  });

  it('has a token that opens the invitation of the right company', async () => {
    const token = (invitation.parsed.text ?? '').match(/\/invite#token=([A-Za-z0-9_-]+)/)![1];
    const preview = await post('/api/invitations/preview', { token });
    expect(preview.status).toBe(200);
    expect(await preview.json()).toMatchObject({
      status: 'pending',
      companyName: COMPANY,
      customerNumber: '100042',
      email: ADMIN,
      accountExists: false,
      roles: [expect.objectContaining({ name: 'Administrator' })],
    });
    const unknown = await post('/api/invitations/preview', { token: 'A'.repeat(token.length) });
    expect(await unknown.json()).toMatchObject({ status: 'invalid', reason: 'unknown' });
  });

  it('says the customer exists on a second run, and changes nothing', async () => {
    const before = await footprint();
    const run = await setup('--print-link');
    expect({ code: run.code, stderr: run.stderr }).toEqual({ code: 0, stderr: '' });
    expect(run.stdout.trim()).toBe('Customer 100042 exists already: nothing changed.');
    expect(await footprint()).toEqual(before);
    expect(await smtp!.messages()).toHaveLength(1);
  });
});
