import { randomBytes, randomUUID } from 'node:crypto';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { request, type IncomingHttpHeaders } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { REFRESH_COOKIE } from '../../src/auth/token.constants';
import { freePort } from '../support/free-port';
import { TestSmtpServer } from '../support/test-smtp-server';
import {
  ProcessGroup,
  requireBinaries,
  startApi,
  startNginx,
  startPgBouncer,
  startPostgres,
  type ApiInstance,
  type Database,
} from './proxy-stack';
import { waitFor } from './server-process';

const PASSWORD = 'behind the proxy test password';

/**
 * The deployment of deploy/ on real parts: two API instances, each from its own directory, behind nginx
 * (deploy/nginx) and PgBouncer in transaction mode (deploy/pgbouncer) on a fresh PostgreSQL cluster, with
 * LISTEN straight to PostgreSQL, keys shared through the database and a real SMTP server. Everything below
 * goes through nginx, as a browser's requests would.
 */
describe('two instances behind nginx and PgBouncer (transaction mode)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cloudhub-proxy-'));
  chmodSync(dir, 0o755); // PostgreSQL, PgBouncer and nginx run as the postgres user under root
  const group = new ProcessGroup();
  let smtp: TestSmtpServer | undefined;
  let database: Database;
  let apis: ApiInstance[];
  let proxy: string;
  let admin: { token: string; tenantId: string };

  beforeAll(async () => {
    requireBinaries();
    try {
      smtp = new TestSmtpServer(await freePort());
      await smtp.start();
      database = await startPostgres(group, dir);
      const pooled = await startPgBouncer(group, dir, database);
      const env = {
        DATABASE_URL: pooled,
        // Client connections to PgBouncer are cheap: a burst waits in its queue, not in the API's pool (whose
        // wait for a free connection ends after 1 s with a 503), as deploy/README.md recommends.
        DATABASE_POOL_SIZE: '50',
        EVENTS_DATABASE_URL: database.directUrl,
        SMTP_URL: smtp.url,
        TRUST_PROXY_HOPS: '1', // nginx is the one proxy in front
        DEMO_SEED: 'true',
        SEED_ADMIN_PASSWORD: PASSWORD,
        INVITATION_DAILY_LIMIT: '50',
      };
      // At the same moment on the fresh database, through PgBouncer: migrations, the first signing key, the
      // job queue and the demo world each once, under locks that must hold in transaction mode.
      apis = await Promise.all(['api-1', 'api-2'].map((name) => startApi(group, name, dir, env)));
      proxy = await startNginx(
        group,
        dir,
        apis.map((api) => api.port),
      );
      admin = await loginAs('admin@example.com');
    } catch (error) {
      throw new Error(`${String(error)}\n${group.describe()}`);
    }
  }, 120_000);

  afterAll(async () => {
    await group.stopAll();
    await smtp?.stop();
    rmSync(dir, { recursive: true, force: true });
  }, 60_000);

  /** Which instance logged the request with this X-Request-Id; waits for the log line. */
  async function answeredBy(requestId: string): Promise<number> {
    const logged = () => apis.findIndex((api) => api.process.output().includes(`"id":"${requestId}"`));
    await waitFor(
      () => logged() >= 0,
      5_000,
      () => `no instance logged the request ${requestId}`,
    );
    return logged();
  }

  async function loginAs(email: string) {
    const response = await call('POST', `${proxy}/api/auth/login`, { body: { email, password: PASSWORD } });
    expect(response.status).toBe(200);
    const token = (response.json as { accessToken: string }).accessToken;
    const me = await call('GET', `${proxy}/api/me`, { token });
    const memberships = (me.json as { memberships: { tenantId: string; customerNumber: string }[] }).memberships;
    return { token, tenantId: memberships.find((m) => m.customerNumber === '100042')!.tenantId };
  }

  it('accepts on one instance a login that the other answered', async () => {
    const requestId = `login-${randomUUID()}`;
    const login = await call('POST', `${proxy}/api/auth/login`, {
      body: { email: 'admin@example.com', password: PASSWORD },
      headers: { 'x-request-id': requestId },
    });
    expect(login.status).toBe(200);
    const other = apis[1 - (await answeredBy(requestId))];
    const { accessToken } = login.json as { accessToken: string };
    expect((await call('GET', `${other.url}/api/me`, { token: accessToken })).status).toBe(200);
    const cookie = String(login.headers['set-cookie']?.find((c) => c.startsWith(`${REFRESH_COOKIE}=`)) ?? '');
    const refreshed = await call('POST', `${other.url}/api/auth/refresh`, {
      headers: { cookie: cookie.split(';')[0] },
    });
    expect(refreshed.status).toBe(200);
  });

  const invited: string[] = [];
  const refused: string[] = [];

  it('keeps the invitation quota exact over both instances: 100 at once, exactly 50 accepted', async () => {
    const quota = await call('GET', `${proxy}/api/tenants/${admin.tenantId}/invitations/quota`, { token: admin.token });
    expect(quota.json).toMatchObject({ limit: 50, remaining: 50 });
    const run = randomBytes(4).toString('hex');
    const attempts = Array.from({ length: 100 }, (_, i) => ({
      email: `proxy-${run}-${i}@example.test`,
      requestId: `invite-${run}-${i}`,
    }));
    const responses = await Promise.all(
      attempts.map(({ email, requestId }) =>
        call('POST', `${proxy}/api/tenants/${admin.tenantId}/invitations`, {
          token: admin.token,
          body: { email, roleIds: [] },
          headers: { 'x-request-id': requestId },
        }),
      ),
    );
    const statuses = responses.map((response) => response.status);
    const unexpected = responses.filter((response) => response.status !== 201 && response.status !== 429);
    expect(unexpected.map(({ status, json }) => ({ status, json }))).toEqual([]);
    expect(statuses.filter((status) => status === 201)).toHaveLength(50);
    expect(statuses.filter((status) => status === 429)).toHaveLength(50);
    for (const [i, response] of responses.entries()) {
      (response.status === 201 ? invited : refused).push(attempts[i].email);
      if (response.status === 429) expect(response.json).toMatchObject({ code: 'invitation_quota_exceeded' });
    }
    // Both instances took part.
    const answered = await Promise.all(attempts.map(({ requestId }) => answeredBy(requestId)));
    expect(new Set(answered).size).toBe(2);
  });

  it('sends every invitation e-mail exactly once', async () => {
    expect(invited).toHaveLength(50);
    const db = new Client({ connectionString: database.directUrl });
    await db.connect();
    try {
      const pendingJobs = async () =>
        Number(
          (
            await db.query(
              `SELECT count(*) AS n FROM pgboss.job WHERE name = 'mail-send' AND state IN ('created', 'retry', 'active')`,
            )
          ).rows[0].n,
        );
      const deadline = Date.now() + 30_000;
      // Done once every address got its e-mail and no job is left that could send another.
      while (invited.some((email) => smtp!.to(email).length === 0) || (await pendingJobs()) > 0) {
        if (Date.now() > deadline) throw new Error(`e-mails still pending: ${await pendingJobs()} jobs`);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    } finally {
      await db.end();
    }
    for (const email of invited) expect({ email, count: smtp!.to(email).length }).toEqual({ email, count: 1 });
    for (const email of refused) expect({ email, count: smtp!.to(email).length }).toEqual({ email, count: 0 });
  });

  it('throttles failed logins by the real client address: a forged X-Forwarded-For does not help', async () => {
    const run = randomBytes(4).toString('hex');
    const attempt = (i: number, localAddress: string) =>
      call('POST', `${proxy}/api/auth/login`, {
        body: { email: `nobody-${run}-${i}@example.test`, password: 'not the password at all' },
        headers: { 'x-forwarded-for': `${randomAddress()}, ${randomAddress()}` },
        localAddress,
      });
    // 127.0.0.2 is this machine too: a client of its own, apart from the requests of the other tests.
    for (let i = 0; i < 50; i++) expect((await attempt(i, '127.0.0.2')).status).toBe(401);
    const over = await attempt(50, '127.0.0.2');
    expect(over.status).toBe(429);
    expect(over.json).toMatchObject({ code: 'login_throttled' });
    // Another client is not held back by that one's failures (not everyone counts as nginx's address).
    expect((await attempt(51, '127.0.0.3')).status).toBe(401);
  });

  it('delivers a live event through nginx within a second, whichever instance holds the stream', async () => {
    const buyer = await loginAs('buyer@example.com');
    const me = (await call('GET', `${proxy}/api/me`, { token: buyer.token })).json as {
      id: string;
      memberships: { tenantId: string; roles: { id: string }[] }[];
    };
    const roleIds = me.memberships.find((m) => m.tenantId === buyer.tenantId)!.roles.map((role) => role.id);
    const run = randomBytes(4).toString('hex');
    // Two streams in a row: nginx (least_conn) puts the second on the instance without one.
    const streams = [
      await EventStream.open(`${proxy}/api/me/events`, buyer.token, `events-${run}-a`),
      await EventStream.open(`${proxy}/api/me/events`, buyer.token, `events-${run}-b`),
    ];
    try {
      for (const stream of streams) await stream.until((text) => text.includes(': connected'), 5_000);
      const member = `${proxy}/api/tenants/${buyer.tenantId}/members/${me.id}`;
      const before = streams.map((stream) => stream.received().length);
      const changed = await call('PATCH', member, { token: admin.token, body: { roleIds: [] } });
      expect(changed.status).toBe(200);
      // Within a second of the change being committed (the PATCH answers once it is); whatever arrived
      // before the answer counts too.
      await Promise.all(
        streams.map((stream, i) =>
          stream.until((text) => text.slice(before[i]).includes('"kind":"permissions_changed"'), 1_000),
        ),
      );
      expect((await call('PATCH', member, { token: admin.token, body: { roleIds } })).status).toBe(200);
    } finally {
      for (const stream of streams) stream.close();
    }
    // The streams were held by different instances (each logs its stream when it ends).
    const holders = await Promise.all([answeredBy(`events-${run}-a`), answeredBy(`events-${run}-b`)]);
    expect(new Set(holders).size).toBe(2);
  });
});

function randomAddress(): string {
  return Array.from(randomBytes(4)).join('.');
}

interface Answer {
  readonly status: number;
  readonly headers: IncomingHttpHeaders;
  readonly json: unknown;
}

/** One HTTP request with node:http, which can send from a chosen local address (another client). */
function call(
  method: string,
  url: string,
  options: { token?: string; body?: unknown; headers?: Record<string, string>; localAddress?: string } = {},
): Promise<Answer> {
  const body = options.body === undefined ? undefined : JSON.stringify(options.body);
  return new Promise((resolve, reject) => {
    const outgoing = request(
      url,
      {
        method,
        localAddress: options.localAddress,
        headers: {
          accept: 'application/json',
          ...(body ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } : {}),
          ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
          ...options.headers,
        },
      },
      (response) => {
        let text = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (text += chunk));
        response.on('end', () => {
          let json: unknown = undefined;
          try {
            json = text ? JSON.parse(text) : undefined;
          } catch {
            json = text;
          }
          resolve({ status: response.statusCode ?? 0, headers: response.headers, json });
        });
      },
    );
    outgoing.on('error', reject);
    outgoing.end(body);
  });
}

/** A `GET /api/me/events` held open; its text is collected as it arrives. */
class EventStream {
  private text = '';
  private ended = false;
  private readonly waiters = new Set<() => void>();

  private constructor(private readonly close$: () => void) {}

  static open(url: string, token: string, requestId: string): Promise<EventStream> {
    return new Promise((resolve, reject) => {
      const outgoing = request(
        url,
        { headers: { accept: 'text/event-stream', authorization: `Bearer ${token}`, 'x-request-id': requestId } },
        (response) => {
          if (response.statusCode !== 200) {
            reject(new Error(`the stream was refused: ${response.statusCode}`));
            response.resume();
            return;
          }
          const stream = new EventStream(() => outgoing.destroy());
          response.setEncoding('utf8');
          response.on('data', (chunk: string) => {
            stream.text += chunk;
            stream.notify();
          });
          response.on('close', () => {
            stream.ended = true;
            stream.notify();
          });
          resolve(stream);
        },
      );
      outgoing.on('error', reject);
      outgoing.end();
    });
  }

  /** Resolves once the text received so far satisfies `condition`; fails at the deadline or the stream's end. */
  until(condition: (text: string) => boolean, withinMs: number): Promise<void> {
    return new Promise((resolve, reject) => {
      const check = () => {
        if (condition(this.text)) settle(resolve);
        else if (this.ended) settle(() => reject(new Error(`the stream ended: ${this.text}`)));
      };
      const timer = setTimeout(
        () => settle(() => reject(new Error(`not within ${withinMs} ms; received: ${JSON.stringify(this.text)}`))),
        withinMs,
      );
      const settle = (outcome: () => void) => {
        clearTimeout(timer);
        this.waiters.delete(check);
        outcome();
      };
      this.waiters.add(check);
      check();
    });
  }

  received(): string {
    return this.text;
  }

  close(): void {
    this.close$();
  }

  private notify(): void {
    for (const waiter of [...this.waiters]) waiter();
  }
}
