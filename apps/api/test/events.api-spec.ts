import { get, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Permission } from '@cloudhub/permissions';
import { Fixtures } from './support/fixtures';
import { createTestApp, type TestApp } from './support/test-app';

/** One message of a server-sent event stream: a block of fields up to a blank line. */
interface SseMessage {
  readonly event?: string;
  readonly data?: string;
  readonly retry?: string;
  readonly comments: readonly string[];
}

/**
 * A live `GET /api/me/events` read with node:http, as supertest would wait for the end of a response that
 * never ends. Messages are collected as they arrive; `next` waits for one with a deadline.
 */
class EventStream {
  readonly messages: SseMessage[] = [];
  ended = false;
  private buffer = '';
  private readonly waiters = new Set<() => void>();

  private constructor(
    readonly status: number,
    readonly headers: IncomingHttpHeaders,
    private readonly destroy: () => void,
  ) {}

  /** Opens a stream; answers anything but 200 with its status and parsed body instead. */
  static open(
    baseUrl: string,
    token?: string,
  ): Promise<EventStream | { status: number; headers: IncomingHttpHeaders; body: unknown }> {
    return new Promise((resolve, reject) => {
      const request = get(
        `${baseUrl}/api/me/events`,
        { headers: { Accept: 'text/event-stream', ...(token ? { Authorization: `Bearer ${token}` } : {}) } },
        (response) => {
          response.setEncoding('utf8');
          if (response.statusCode !== 200) {
            let body = '';
            response.on('data', (chunk: string) => (body += chunk));
            response.on('end', () =>
              resolve({ status: response.statusCode ?? 0, headers: response.headers, body: JSON.parse(body) }),
            );
            return;
          }
          const stream = new EventStream(200, response.headers, () => request.destroy());
          response.on('data', (chunk: string) => stream.receive(chunk));
          response.on('close', () => stream.finish());
          resolve(stream);
        },
      );
      request.on('error', reject);
    });
  }

  static async expectOpen(baseUrl: string, token: string): Promise<EventStream> {
    const opened = await EventStream.open(baseUrl, token);
    if (!(opened instanceof EventStream))
      throw new Error(`stream refused: ${opened.status} ${JSON.stringify(opened.body)}`);
    return opened;
  }

  /** The first message from index `from` on that matches, waiting for it until the deadline. */
  async next(
    matches: (message: SseMessage) => boolean,
    { from = 0, withinMs = 3_000 }: { from?: number; withinMs?: number } = {},
  ): Promise<SseMessage> {
    const found = () => this.messages.slice(from).find(matches);
    await this.until(() => found() !== undefined, withinMs);
    return found() as SseMessage;
  }

  /** The `membership` events received so far, parsed. */
  get events(): { tenantId: string | null; kind: string }[] {
    return this.messages.filter(isMembershipEvent).map((message) => JSON.parse(message.data ?? ''));
  }

  /** Resolves once `condition` holds, checked on every message; fails at the deadline or when the stream ends. */
  until(condition: () => boolean, withinMs = 3_000): Promise<void> {
    return new Promise((resolve, reject) => {
      const deadline = setTimeout(() => fail(`not within ${withinMs} ms`), withinMs);
      const settle = (outcome: () => void) => {
        clearTimeout(deadline);
        this.waiters.delete(check);
        outcome();
      };
      const fail = (why: string) =>
        settle(() => reject(new Error(`${why}; received ${JSON.stringify(this.messages)}`)));
      const check = () => {
        if (condition()) settle(resolve);
        else if (this.ended) fail('the stream ended');
      };
      this.waiters.add(check);
      check();
    });
  }

  close(): void {
    this.destroy();
  }

  private receive(chunk: string): void {
    this.buffer += chunk;
    let end: number;
    while ((end = this.buffer.indexOf('\n\n')) >= 0) {
      const block = this.buffer.slice(0, end);
      this.buffer = this.buffer.slice(end + 2);
      if (block.trim() !== '') this.messages.push(parseMessage(block));
    }
    for (const waiter of [...this.waiters]) waiter();
  }

  private finish(): void {
    this.ended = true;
    for (const waiter of [...this.waiters]) waiter();
  }
}

function parseMessage(block: string): SseMessage {
  const fields: Record<string, string> = {};
  const comments: string[] = [];
  for (const line of block.split('\n')) {
    if (line === '') continue;
    if (line.startsWith(':')) comments.push(line.slice(1).trim());
    else {
      const colon = line.indexOf(':');
      fields[line.slice(0, colon)] = line.slice(colon + 1).replace(/^ /, '');
    }
  }
  return { event: fields.event, data: fields.data, retry: fields.retry, comments };
}

const isMembershipEvent = (message: SseMessage) => message.event === 'membership';
const isHeartbeat = (message: SseMessage) => message.comments.includes('heartbeat');
const membershipEvent = (tenantId: string | null, kind: string) => (message: SseMessage) =>
  isMembershipEvent(message) && message.data === JSON.stringify({ tenantId, kind });

/** Eventually: `attempt` is retried until it returns a value, until the deadline. */
async function eventually<T>(attempt: () => Promise<T | undefined>, withinMs = 3_000): Promise<T> {
  const deadline = Date.now() + withinMs;
  for (;;) {
    const value = await attempt();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`not within ${withinMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('live events (GET /api/me/events)', () => {
  const env = { EVENTS_HEARTBEAT: '1s', EVENTS_MAX_STREAMS_PER_USER: '2' };
  /** The instance that serves the streams. */
  let streaming: TestApp;
  /** Another instance on the same database, through which admins make their changes. */
  let admin: TestApp;
  let fixtures: Fixtures;
  let baseUrl: string;
  const open: EventStream[] = [];

  beforeAll(async () => {
    streaming = await createTestApp({ env });
    admin = await createTestApp({ env });
    fixtures = new Fixtures(admin);
    await streaming.app.listen(0, '127.0.0.1');
    baseUrl = `http://127.0.0.1:${(streaming.app.getHttpServer().address() as AddressInfo).port}`;
  });
  afterEach(() => open.splice(0).forEach((stream) => stream.close()));
  afterAll(() => Promise.all([streaming.close(), admin.close()]));

  async function stream(token: string): Promise<EventStream> {
    const opened = await EventStream.expectOpen(baseUrl, token);
    open.push(opened);
    return opened;
  }

  /** A customer with an admin, acting through the admin instance. */
  async function customer() {
    const tenant = await fixtures.tenant();
    const adminRole = await fixtures.role(tenant.id, ['users.manage'], 'Administrator');
    const ada = await fixtures.user({ name: 'Ada Admin' });
    await fixtures.member(tenant.id, ada.id, [adminRole]);
    const token = await fixtures.login(ada.email);
    const as = <M extends 'patch' | 'delete'>(method: M, path: string) =>
      admin.http()[method](`/api/tenants/${tenant.id}${path}`).set('Authorization', `Bearer ${token}`);
    return {
      tenant,
      /** A logged-in member holding the given roles. */
      member: async (roleIds: string[] = []) => {
        const user = await fixtures.user();
        await fixtures.member(tenant.id, user.id, roleIds);
        return { ...user, token: await fixtures.login(user.email) };
      },
      role: (permissions: Permission[]) => fixtures.role(tenant.id, permissions),
      setRoles: (userId: string, roleIds: string[]) => as('patch', `/members/${userId}`).send({ roleIds }).expect(200),
      removeMember: (userId: string) => as('delete', `/members/${userId}`).expect(204),
      editRole: (roleId: string, changes: object) => as('patch', `/roles/${roleId}`).send(changes).expect(200),
      deleteRole: (roleId: string) => as('delete', `/roles/${roleId}`).expect(204),
    };
  }

  it('delivers a grant made through another instance within a second', async () => {
    const { tenant, member, role, setRoles } = await customer();
    const invoices = await role(['invoices.read']);
    const restricted = await member();
    const events = await stream(restricted.token);
    expect(events.headers['content-type']).toMatch(/^text\/event-stream/);
    await events.next((message) => message.retry === '3000' && message.comments.includes('connected'));

    await setRoles(restricted.id, [invoices]);
    const granted = Date.now();
    await events.next(membershipEvent(tenant.id, 'permissions_changed'), { withinMs: 1_000 });
    expect(Date.now() - granted).toBeLessThan(1_000);

    const me = await streaming.http().get('/api/me').set('Authorization', `Bearer ${restricted.token}`).expect(200);
    expect(me.body.memberships).toEqual([expect.objectContaining({ tenantId: tenant.id, restricted: false })]);
  });

  it('sends a user only their own events', async () => {
    const { tenant, member, role, setRoles } = await customer();
    const orders = await role(['orders.read']);
    const [ann, bob] = [await member(), await member()];
    const [annEvents, bobEvents] = [await stream(ann.token), await stream(bob.token)];

    await setRoles(bob.id, [orders]);
    await bobEvents.next(membershipEvent(tenant.id, 'permissions_changed'));
    // Notifications arrive in commit order: had Ann been sent Bob's event, it would come before her own.
    await setRoles(ann.id, [orders]);
    await annEvents.next(membershipEvent(tenant.id, 'permissions_changed'));
    expect(annEvents.events).toEqual([{ tenantId: tenant.id, kind: 'permissions_changed' }]);
    expect(bobEvents.events).toEqual([{ tenantId: tenant.id, kind: 'permissions_changed' }]);
  });

  it('keeps the stream open with heartbeats, and events still arrive', async () => {
    const { tenant, member, role, setRoles } = await customer();
    const user = await member();
    const events = await stream(user.token);
    await events.until(() => events.messages.filter(isHeartbeat).length >= 2, 3_500);

    await setRoles(user.id, [await role(['devices.read'])]);
    await events.next(membershipEvent(tenant.id, 'permissions_changed'));
    expect(events.ended).toBe(false);
  });

  it('survives a lost LISTEN connection: reconnects, tells streams to re-read, and delivers again', async () => {
    const { tenant, member, role, setRoles } = await customer();
    const user = await member();
    const events = await stream(user.token);
    await fixtures.dataSource.query(
      `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'cloudhub-api-events'`,
    );
    await events.next(membershipEvent(null, 'resync'));
    await setRoles(user.id, [await role(['reports.read'])]);
    await events.next(membershipEvent(tenant.id, 'permissions_changed'));
  });

  it('answers 401 without a valid token, and opens no stream', async () => {
    for (const token of [undefined, 'not-a-jwt']) {
      const refused = await EventStream.open(baseUrl, token);
      expect(refused).not.toBeInstanceOf(EventStream);
      expect(refused).toMatchObject({
        status: 401,
        headers: { 'content-type': expect.stringMatching(/^application\/problem\+json/) },
        body: { code: 'unauthenticated' },
      });
    }
  });

  it('refuses a stream beyond the cap per user with 429, and accepts one again once a stream closes', async () => {
    const { member } = await customer();
    const [user, other] = [await member(), await member()];
    const [first] = [await stream(user.token), await stream(user.token)];

    const refused = await EventStream.open(baseUrl, user.token);
    expect(refused).toMatchObject({
      status: 429,
      headers: { 'retry-after': '30', 'content-type': expect.stringMatching(/^application\/problem\+json/) },
      body: { code: 'too_many_event_streams', status: 429 },
    });
    await stream(other.token);

    first.close();
    const again = await eventually(async () => {
      const opened = await EventStream.open(baseUrl, user.token);
      return opened instanceof EventStream ? opened : undefined;
    });
    open.push(again);
  });

  it('announces a membership added by any path and one removed by an admin, once each', async () => {
    const { tenant, member, role, removeMember } = await customer();
    const user = await member([await role(['orders.read'])]);
    const [other, third] = [await fixtures.tenant(), await fixtures.tenant()];
    const events = await stream(user.token);

    // As an accepted invitation will: a plain insert, no API call involved.
    await fixtures.member(other.id, user.id);
    await events.next(membershipEvent(other.id, 'membership_added'));
    await removeMember(user.id);
    await events.next(membershipEvent(tenant.id, 'membership_removed'));
    // The roles that went with the membership say nothing more: the next event is the next change.
    await fixtures.member(third.id, user.id);
    await events.next(membershipEvent(third.id, 'membership_added'));
    expect(events.events).toEqual([
      { tenantId: other.id, kind: 'membership_added' },
      { tenantId: tenant.id, kind: 'membership_removed' },
      { tenantId: third.id, kind: 'membership_added' },
    ]);
  });

  it('tells every holder of a role when its permissions change or it is deleted, and nobody else', async () => {
    const { tenant, member, role, editRole, deleteRole } = await customer();
    const buyer = await role(['orders.read']);
    const [holder1, holder2, bystander] = [await member([buyer]), await member([buyer]), await member()];
    const [events1, events2, bystanderEvents] = await Promise.all(
      [holder1, holder2, bystander].map((user) => stream(user.token)),
    );

    await editRole(buyer, { name: 'Purchasing' }); // a rename changes nobody's rights
    await editRole(buyer, { permissions: ['orders.read', 'invoices.read'] });
    for (const events of [events1, events2]) await events.next(membershipEvent(tenant.id, 'permissions_changed'));
    const seen = [events1.messages.length, events2.messages.length];
    await deleteRole(buyer);
    await events1.next(membershipEvent(tenant.id, 'permissions_changed'), { from: seen[0] });
    await events2.next(membershipEvent(tenant.id, 'permissions_changed'), { from: seen[1] });
    expect(events1.events).toHaveLength(2);
    expect(events2.events).toHaveLength(2);

    // Commit order again: the bystander's own change comes first only if nothing of the role's reached them.
    await fixtures.member((await fixtures.tenant()).id, bystander.id);
    await bystanderEvents.next(isMembershipEvent);
    expect(bystanderEvents.events).toEqual([{ tenantId: expect.any(String), kind: 'membership_added' }]);
  });

  it('ends a stream when the access token that opened it expires', async () => {
    const shortLived = await createTestApp({ env: { ...env, ACCESS_TOKEN_TTL: '2s' } });
    try {
      await shortLived.app.listen(0, '127.0.0.1');
      const url = `http://127.0.0.1:${(shortLived.app.getHttpServer().address() as AddressInfo).port}`;
      const user = await new Fixtures(shortLived).memberWith([]);
      const events = await EventStream.expectOpen(url, user.token);
      await events.next((message) => message.comments.includes('connected'));
      await events.until(() => events.ended, 4_000);
    } finally {
      await shortLived.close();
    }
  });

  it('ends open streams when the app shuts down, without holding up the shutdown', async () => {
    const closing = await createTestApp({ env });
    await closing.app.listen(0, '127.0.0.1');
    const url = `http://127.0.0.1:${(closing.app.getHttpServer().address() as AddressInfo).port}`;
    const user = await fixtures.memberWith([]);
    const events = await EventStream.expectOpen(url, user.token);
    await events.next((message) => message.comments.includes('connected'));

    const started = Date.now();
    await closing.close();
    expect(Date.now() - started).toBeLessThan(2_000);
    await events.until(() => events.ended);
  });
});
