import { Fixtures } from './support/fixtures';
import { createTestApp, randomClientIp, type TestApp } from './support/test-app';

interface InvitationItem {
  id: string;
  email: string;
  sentAt: string;
  expiresAt: string;
  status: string;
  delivery: string;
}

interface Page {
  items: InvitationItem[];
  nextCursor: string | null;
}

/** A stored invitation as the tests shape it: times to the microsecond, as PostgreSQL keeps them. */
interface Planted {
  id: string;
  email: string;
  sentAt: string;
  expiresAt: string;
  revoked: boolean;
  accepted: boolean;
  delivery: 'queued' | 'sent' | 'failed';
}

const HOUR = 3600_000;
/** A time `hours` from now with the given microseconds, as text PostgreSQL reads exactly. */
const at = (hours: number, micros = 0) =>
  `${new Date(Date.now() + hours * HOUR).toISOString().slice(0, 19)}.${String(micros).padStart(6, '0')}Z`;

describe('invitations table: sort, filters, counts, export, one invitation', () => {
  let api: TestApp;
  let fixtures: Fixtures;

  beforeAll(async () => {
    api = await createTestApp();
    fixtures = new Fixtures(api);
  });
  afterAll(() => api.close());

  const as = (tenantId: string, token: string, clientIp?: string) => ({
    get: (path: string) =>
      api.http(clientIp).get(`/api/tenants/${tenantId}/invitations${path}`).set('Authorization', `Bearer ${token}`),
  });

  async function customer() {
    const tenant = await fixtures.tenant();
    const adminRole = await fixtures.role(tenant.id, ['users.manage'], 'Administrator');
    const buyerRole = await fixtures.role(tenant.id, ['orders.read'], 'Buyer');
    const admin = await fixtures.user({ name: 'Alex Admin' });
    await fixtures.member(tenant.id, admin.id, [adminRole]);
    const colleague = await fixtures.user({ name: 'Doe, "JD" John' });
    await fixtures.member(tenant.id, colleague.id, [adminRole]);
    const token = await fixtures.login(admin.email);
    return { tenant, adminRole, buyerRole, admin, colleague, token, http: as(tenant.id, token) };
  }

  async function plant(
    tenantId: string,
    invitation: {
      email: string;
      inviterId: string;
      sentAt: string;
      expiresAt: string;
      roleIds?: string[];
      delivery?: 'queued' | 'sent' | 'failed';
      deliveryError?: string;
      revokedBy?: string;
      acceptedBy?: string;
    },
  ): Promise<Planted> {
    const delivery = invitation.delivery ?? 'sent';
    const [row]: { id: string }[] = await fixtures.dataSource.query(
      `INSERT INTO invitations (tenant_id, email, language, invited_by, sent_at, expires_at, delivery, delivery_error,
                                revoked_at, revoked_by, revoke_reason, accepted_at, accepted_by)
       VALUES ($1, $2, 'en', $3, $4, $5, $6, $7,
               CASE WHEN $8::uuid IS NULL THEN NULL ELSE now() END, $8, CASE WHEN $8::uuid IS NULL THEN NULL ELSE 'deleted' END,
               CASE WHEN $9::uuid IS NULL THEN NULL ELSE now() END, $9)
       RETURNING id`,
      [
        tenantId,
        invitation.email,
        invitation.inviterId,
        invitation.sentAt,
        invitation.expiresAt,
        delivery,
        invitation.deliveryError ?? null,
        invitation.revokedBy ?? null,
        invitation.acceptedBy ?? null,
      ],
    );
    for (const roleId of invitation.roleIds ?? []) {
      await fixtures.dataSource.query(
        'INSERT INTO invitation_roles (invitation_id, tenant_id, role_id) VALUES ($1, $2, $3)',
        [row.id, tenantId, roleId],
      );
    }
    return {
      id: row.id,
      email: invitation.email,
      sentAt: invitation.sentAt,
      expiresAt: invitation.expiresAt,
      revoked: invitation.revokedBy !== undefined,
      accepted: invitation.acceptedBy !== undefined,
      delivery,
    };
  }

  /**
   * A customer with open, revoked and accepted invitations whose keys tie: two sent at the same instant, two
   * within one millisecond (a cursor cut to milliseconds would skip or repeat one), two expiring together,
   * and revoked invitations of one address.
   */
  async function world() {
    const c = await customer();
    const { tenant, admin, colleague, buyerRole, adminRole } = c;
    const sameSent = at(-3, 500_000);
    const sameExpiry = at(20, 0);
    const open = [
      await plant(tenant.id, {
        email: 'Carla@example.test',
        inviterId: admin.id,
        sentAt: sameSent,
        expiresAt: sameExpiry,
        roleIds: [buyerRole],
      }),
      await plant(tenant.id, {
        email: 'anna@example.test',
        inviterId: admin.id,
        sentAt: sameSent,
        expiresAt: sameExpiry,
      }),
      await plant(tenant.id, {
        email: 'bert@example.test',
        inviterId: colleague.id,
        sentAt: at(-2, 123_456),
        expiresAt: at(22, 1),
        roleIds: [buyerRole, adminRole],
      }),
      await plant(tenant.id, {
        email: 'dora@example.test',
        inviterId: colleague.id,
        sentAt: at(-2, 123_789),
        expiresAt: at(22, 2),
        delivery: 'failed',
        deliveryError: '550 no such user',
      }),
      await plant(tenant.id, {
        email: 'emil@example.test',
        inviterId: admin.id,
        sentAt: at(-30, 0),
        expiresAt: at(-6, 0),
        roleIds: [buyerRole],
      }),
      await plant(tenant.id, {
        email: 'fritz@example.test',
        inviterId: admin.id,
        sentAt: at(-40, 0),
        expiresAt: at(-16, 0),
        delivery: 'failed',
        deliveryError: '=HYPERLINK("x")',
      }),
      await plant(tenant.id, {
        email: 'gina@example.test',
        inviterId: colleague.id,
        sentAt: at(-1, 0),
        expiresAt: at(23, 0),
        delivery: 'queued',
      }),
    ];
    const revoked = [
      await plant(tenant.id, {
        email: 'hans@example.test',
        inviterId: admin.id,
        sentAt: at(-50, 0),
        expiresAt: at(-26, 0),
        revokedBy: admin.id,
      }),
      await plant(tenant.id, {
        email: 'HANS@example.test',
        inviterId: admin.id,
        sentAt: at(-60, 0),
        expiresAt: at(-36, 0),
        revokedBy: admin.id,
      }),
      await plant(tenant.id, {
        email: 'hans@example.test',
        inviterId: colleague.id,
        sentAt: at(-70, 0),
        expiresAt: at(-46, 0),
        revokedBy: admin.id,
        delivery: 'failed',
      }),
    ];
    const joiner = await fixtures.user({ name: 'Ida Joined' });
    await fixtures.member(tenant.id, joiner.id);
    const accepted = await plant(tenant.id, {
      email: joiner.email,
      inviterId: admin.id,
      sentAt: at(-5, 0),
      expiresAt: at(19, 0),
      acceptedBy: joiner.id,
    });
    return { ...c, open, revoked, accepted, joiner };
  }

  /** Every page with `limit`, following `nextCursor`. */
  async function allPages(http: ReturnType<typeof as>, query: string, limit: number): Promise<InvitationItem[]> {
    const items: InvitationItem[] = [];
    let cursor: string | null = null;
    for (let page = 0; page < 50; page++) {
      const separator = query ? '&' : '';
      const cursorPart: string = cursor ? `&cursor=${encodeURIComponent(cursor)}` : '';
      const response = await http.get(`?${query}${separator}limit=${limit}${cursorPart}`).expect(200);
      const body = response.body as Page;
      items.push(...body.items);
      cursor = body.nextCursor;
      if (!cursor) return items;
    }
    throw new Error('more than 50 pages');
  }

  /** The order the API promises: the sort column (e-mail lower-cased), then id, both ascending or descending. */
  function expectedOrder(rows: readonly Planted[], sort: string): string[] {
    const descending = sort.startsWith('-');
    const column = sort.replace('-', '');
    const keyOf = (row: Planted) =>
      column === 'email' ? row.email.toLowerCase() : column === 'sent' ? row.sentAt : row.expiresAt;
    const sorted = [...rows].sort((a, b) => {
      const byKey = keyOf(a) < keyOf(b) ? -1 : keyOf(a) > keyOf(b) ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
      return descending ? -byKey : byKey;
    });
    return sorted.map((row) => row.email);
  }

  it.each(['sent', '-sent', 'email', '-email', 'expires', '-expires'])(
    'sorts by %s across pages: every row once, ties broken by id',
    async (sort) => {
      const { http, open, revoked } = await world();
      for (const limit of [1, 2, 3]) {
        const rows = await allPages(http, `sort=${sort}`, limit);
        expect(rows.map((row) => row.email)).toEqual(expectedOrder(open, sort));
        const revokedRows = await allPages(http, `status=revoked&sort=${sort}`, limit);
        expect(revokedRows.map((row) => row.id)).toHaveLength(3);
        expect(revokedRows.map((row) => row.email)).toEqual(expectedOrder(revoked, sort));
        expect(new Set(revokedRows.map((row) => row.id)).size).toBe(3);
      }
    },
  );

  it('sorts by newest sent first by default', async () => {
    const { http, open } = await world();
    const { body } = await http.get('').expect(200);
    expect((body as Page).items.map((row) => row.email)).toEqual(expectedOrder(open, '-sent'));
  });

  it('filters by status, delivery, role (or none), inviter and text, combined', async () => {
    const { http, open, revoked, buyerRole, adminRole, colleague, admin } = await world();
    const emails = async (query: string) =>
      ((await http.get(`?${query}&sort=email`).expect(200)).body as Page).items.map((row) => row.email);
    const byEmail = (names: string[]) => names.map((name) => open.find((row) => row.email.startsWith(name))!.email);

    expect(await emails('status=pending')).toEqual(byEmail(['anna', 'bert', 'Carla', 'dora', 'gina']));
    expect(await emails('status=expired')).toEqual(byEmail(['emil', 'fritz']));
    expect(await emails('delivery=failed')).toEqual(byEmail(['dora', 'fritz']));
    expect(await emails('delivery=queued')).toEqual(byEmail(['gina']));
    expect(await emails(`role=${buyerRole}`)).toEqual(byEmail(['bert', 'Carla', 'emil']));
    expect(await emails(`role=${adminRole.toUpperCase()}`)).toEqual(byEmail(['bert']));
    expect(await emails('role=none')).toEqual(byEmail(['anna', 'dora', 'fritz', 'gina']));
    expect(await emails(`inviterId=${colleague.id}`)).toEqual(byEmail(['bert', 'dora', 'gina']));
    expect(await emails('q=ER')).toEqual(byEmail(['bert']));
    expect(await emails(`status=pending&delivery=failed&inviterId=${colleague.id}&role=none`)).toEqual(
      byEmail(['dora']),
    );
    expect(await emails(`status=expired&delivery=failed&role=${buyerRole}`)).toEqual([]);
    expect(await emails(`status=revoked&delivery=failed&inviterId=${colleague.id}`)).toEqual(['hans@example.test']);
    const ids = async (query: string) =>
      ((await http.get(`?${query}&sort=email`).expect(200)).body as Page).items.map((row) => row.id);
    // Equal addresses (case aside) tie on the sort key: the id decides.
    expect(await ids(`status=revoked&inviterId=${admin.id}&q=hans`)).toEqual([revoked[0].id, revoked[1].id].sort());
  });

  it('counts the tabs and chips in one answer, among what role, inviter and text select', async () => {
    const { http, buyerRole, colleague } = await world();
    expect((await http.get('/counts').expect(200)).body).toEqual({
      open: 7,
      pending: 5,
      expired: 2,
      revoked: 3,
      failedDelivery: 2,
    });
    expect((await http.get(`/counts?role=${buyerRole}`).expect(200)).body).toEqual({
      open: 3,
      pending: 2,
      expired: 1,
      revoked: 0,
      failedDelivery: 0,
    });
    expect((await http.get(`/counts?inviterId=${colleague.id}&q=r`).expect(200)).body).toEqual({
      open: 2,
      pending: 2,
      expired: 0,
      revoked: 0,
      failedDelivery: 1,
    });
    expect((await http.get('/counts?role=none&q=fritz').expect(200)).body).toMatchObject({
      open: 1,
      expired: 1,
      failedDelivery: 1,
    });
  });

  it('finds one invitation for a link: open, revoked, accepted (by whom), or not found', async () => {
    const { tenant, http, open, revoked, accepted, joiner } = await world();
    const one = (await http.get(`/${open[3].id}`).expect(200)).body;
    expect(one).toMatchObject({
      standing: 'open',
      email: 'dora@example.test',
      invitation: { id: open[3].id, status: 'pending', delivery: 'failed', deliveryError: '550 no such user' },
      acceptedAt: null,
      acceptedBy: null,
    });
    expect((await http.get(`/${revoked[0].id}`).expect(200)).body).toMatchObject({
      standing: 'revoked',
      invitation: { id: revoked[0].id, status: 'revoked', revokeReason: 'deleted' },
    });
    expect((await http.get(`/${accepted.id}`).expect(200)).body).toMatchObject({
      standing: 'accepted',
      email: joiner.email,
      invitation: null,
      acceptedBy: { id: joiner.id, name: 'Ida Joined', email: joiner.email },
    });
    expect(Date.parse((await http.get(`/${accepted.id}`)).body.acceptedAt)).not.toBeNaN();
    // Once they have left, the customer no longer sees who they are now.
    await fixtures.dataSource.query('DELETE FROM memberships WHERE tenant_id = $1 AND user_id = $2', [
      tenant.id,
      joiner.id,
    ]);
    expect((await http.get(`/${accepted.id}`).expect(200)).body).toMatchObject({
      standing: 'accepted',
      acceptedBy: null,
    });
    await http.get('/00000000-0000-4000-8000-000000000000').expect(404);
    const notAnId = await http.get('/not-an-id').expect(404);
    expect(notAnId.body.code).toBe('invitation_not_found');
  });

  it('exports every selected invitation as CSV, in the asked order, safe to open in a spreadsheet', async () => {
    const { tenant, admin, http } = await world();
    const response = await http.get('/export?sort=email&delivery=failed').expect(200);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(response.headers['content-disposition']).toMatch(
      new RegExp(`^attachment; filename="invitations-${tenant.customerNumber}-\\d{4}-\\d{2}-\\d{2}\\.csv"$`),
    );
    const text = response.text;
    expect(text.startsWith('\uFEFF')).toBe(true);
    const lines = text.slice(1).split('\r\n');
    expect(lines[0]).toBe(
      '"email","status","roles","inviter_name","inviter_email","language","sent_at","expires_at","delivery",' +
        '"delivery_error","send_count"',
    );
    expect(lines).toHaveLength(4);
    expect(lines[1]).toMatch(
      /^"dora@example\.test","pending","","Doe, ""JD"" John","user-[^"]+","en","[^"]+","[^"]+","failed","550 no such user","1"$/,
    );
    // A delivery error that a spreadsheet would run as a formula is neutralised.
    expect(lines[2]).toContain(`"failed","'=HYPERLINK(""x"")","1"`);
    expect(lines[2]).toMatch(/^"fritz@example\.test","expired",""/);
    expect(lines[3]).toBe('');
    const audited = await fixtures.dataSource.query(
      `SELECT actor_id, after FROM audit_events WHERE tenant_id = $1 AND action = 'customer.exported'`,
      [tenant.id],
    );
    expect(audited).toEqual([
      { actor_id: admin.id, after: { table: 'invitations', delivery: 'failed', sort: 'email' } },
    ]);
  });

  it('exports more rows than one internal page, each once', async () => {
    const { tenant, admin, http, buyerRole } = await customer();
    await fixtures.dataSource.query(
      `WITH made AS (
         INSERT INTO invitations (tenant_id, email, language, invited_by, sent_at, expires_at)
         SELECT $1, 'many-' || g || '@example.test', 'de', $2, now() - (g % 7) * interval '1 minute',
                now() + interval '1 day'
           FROM generate_series(1, 2345) AS g
         RETURNING id, tenant_id)
       INSERT INTO invitation_roles (invitation_id, tenant_id, role_id) SELECT id, tenant_id, $3 FROM made`,
      [tenant.id, admin.id, buyerRole],
    );
    const response = await http.get('/export').expect(200);
    const rows = response.text.slice(1).trim().split('\r\n').slice(1);
    expect(rows).toHaveLength(2345);
    expect(new Set(rows.map((row) => row.split(',')[0])).size).toBe(2345);
    expect(rows[0]).toContain('"Buyer","Alex Admin"');
  });

  it('answers nothing for another customer’s inviter or invitation, and refuses their role as the members list does', async () => {
    const mine = await world();
    const theirs = await world();
    for (const path of [
      `?role=${theirs.buyerRole}`,
      `/counts?role=${theirs.buyerRole}`,
      `/export?role=${theirs.buyerRole}`,
    ]) {
      const refused = await mine.http.get(path).expect(400);
      expect(refused.body.errors).toEqual([expect.objectContaining({ field: 'role', code: 'unknownRole' })]);
    }
    expect((await mine.http.get(`?inviterId=${theirs.colleague.id}`).expect(200)).body.items).toEqual([]);
    expect((await mine.http.get(`/${theirs.open[0].id}`).expect(404)).body.code).toBe('invitation_not_found');
    const exported = await mine.http.get(`/export?inviterId=${theirs.colleague.id}`).expect(200);
    expect(exported.text.slice(1).trim().split('\r\n')).toHaveLength(1);
  });

  it('refuses bad parameters with field errors, never a 500', async () => {
    const { http } = await world();
    const fieldOf = async (query: string) => {
      const response = await http.get(query).expect(400);
      return [...new Set((response.body.errors as { field: string }[]).map((error) => error.field))];
    };
    expect(await fieldOf('?sort=name')).toEqual(['sort']);
    expect(await fieldOf('?sort=-')).toEqual(['sort']);
    expect(await fieldOf('?delivery=bounced')).toEqual(['delivery']);
    expect(await fieldOf('?role=nobody')).toEqual(['role']);
    expect(await fieldOf('?role=none&role=none')).toEqual(['role']);
    expect(await fieldOf('?inviterId=42')).toEqual(['inviterId']);
    expect(await fieldOf('/counts?status=pending')).toEqual(['status']);
    expect(await fieldOf('/counts?role=%00')).toEqual(['role']);
    expect(await fieldOf('/export?sort=sideways')).toEqual(['sort']);
    expect(await fieldOf('/export?cursor=x')).toEqual(['cursor']);
    expect(await fieldOf(`?q=${'x'.repeat(1000)}`)).toEqual(['q']);

    // A cursor of another sort, and crafted ones, are refused as cursors.
    const { body } = await http.get('?sort=email&limit=1').expect(200);
    const cursorError = { field: 'cursor', code: 'invalidCursor' };
    const refused = async (query: string) =>
      expect((await http.get(query).expect(400)).body.errors).toEqual([expect.objectContaining(cursorError)]);
    await refused(`?sort=sent&limit=1&cursor=${body.nextCursor}`);
    await refused(`?sort=-email&limit=1&cursor=${body.nextCursor}`);
    const crafted = (parts: unknown[]) => Buffer.from(JSON.stringify(parts)).toString('base64url');
    const id = '00000000-0000-4000-8000-000000000000';
    await refused(`?sort=sent&cursor=${crafted(['sent', '2026-12-01T10:00:00.000Z', id])}`);
    await refused(`?sort=-expires&cursor=${crafted(['-expires', '-183382-01-01T00:00:00.000000Z', id])}`);
    await refused(`?sort=-expires&cursor=${crafted(['-expires', 'yesterday', id])}`);
    await refused(`?sort=email&cursor=${crafted(['email', 'a\u0000b', id])}`);
    await refused(`?sort=email&cursor=${crafted(['email', 'anna@example.test', 'not-a-uuid'])}`);
    // A well-formed time of the list's own shape pages on.
    await http.get(`?sort=-sent&cursor=${crafted(['-sent', '2026-12-01T10:00:00.123456Z', id])}`).expect(200);
  });

  it('is for admins only', async () => {
    const { tenant, open } = await world();
    const member = await fixtures.user();
    await fixtures.member(tenant.id, member.id, [await fixtures.role(tenant.id, ['orders.read'])]);
    const http = as(tenant.id, await fixtures.login(member.email));
    for (const path of ['', '/counts', '/export', `/${open[0].id}`]) await http.get(path).expect(403);
  });

  it('limits exports per client', async () => {
    const { tenant, token } = await customer();
    const http = as(tenant.id, token, randomClientIp());
    for (let i = 0; i < 10; i++) await http.get('/export').expect(200);
    const refused = await http.get('/export').expect(429);
    expect(refused.headers['retry-after']).toBeDefined();
    await http.get('/counts').expect(200);
  });
});
