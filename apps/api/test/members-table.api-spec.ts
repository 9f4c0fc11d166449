import { randomClientIp } from './support/test-app';
import { Fixtures } from './support/fixtures';
import { createTestApp, type TestApp } from './support/test-app';

interface MemberItem {
  userId: string;
  name: string;
  email: string;
}

interface Page {
  items: MemberItem[];
  nextCursor: string | null;
}

describe('members table: sort, filters, counts, export, one member', () => {
  let api: TestApp;
  let fixtures: Fixtures;

  beforeAll(async () => {
    api = await createTestApp();
    fixtures = new Fixtures(api);
  });
  afterAll(() => api.close());

  const as = (tenantId: string, token: string, clientIp?: string) => ({
    get: (path: string) =>
      api.http(clientIp).get(`/api/tenants/${tenantId}/members${path}`).set('Authorization', `Bearer ${token}`),
  });

  /** A customer with an admin and a Buyer role; the admin joined a day before anyone else. */
  async function customer() {
    const tenant = await fixtures.tenant();
    const adminRole = await fixtures.role(tenant.id, ['users.manage'], 'Administrator');
    const buyerRole = await fixtures.role(tenant.id, ['orders.read'], 'Buyer');
    const admin = await fixtures.user({ name: 'Zelda Admin' });
    await fixtures.member(tenant.id, admin.id, [adminRole]);
    await joinedAt(tenant.id, admin.id, '2026-01-01T00:00:00.000000Z');
    const token = await fixtures.login(admin.email);
    return { tenant, adminRole, buyerRole, admin, token, http: as(tenant.id, token) };
  }

  async function joinedAt(tenantId: string, userId: string, at: string): Promise<void> {
    await fixtures.dataSource.query('UPDATE memberships SET joined_at = $3 WHERE tenant_id = $1 AND user_id = $2', [
      tenantId,
      userId,
      at,
    ]);
  }

  async function addMember(tenantId: string, name: string, roleIds: string[] = [], joined?: string) {
    const user = await fixtures.user({ name });
    await fixtures.member(tenantId, user.id, roleIds);
    if (joined) await joinedAt(tenantId, user.id, joined);
    return user;
  }

  /** Every page of a list with `limit`, following `nextCursor`. */
  async function allPages(http: ReturnType<typeof as>, query: string, limit: number): Promise<MemberItem[]> {
    const items: MemberItem[] = [];
    let cursor: string | null = null;
    do {
      // A cursor that repeats rows would page forever.
      if (items.length > 100) throw new Error(`more rows than the customer has: ${query}`);
      const path: string = `?${query}&limit=${limit}${cursor ? `&cursor=${cursor}` : ''}`;
      const page: Page = (await http.get(path).expect(200)).body;
      items.push(...page.items);
      cursor = page.nextCursor;
    } while (cursor);
    return items;
  }

  const byIdWithin = (ids: string[]) => [...ids].sort();

  it('sorts by name in German dictionary order over several pages, both ways, ties by user id', async () => {
    const { tenant, admin, http } = await customer();
    const names = ['Zoë Zander', 'anna', 'Ärger Ärmel', 'Anna', 'Bea Buyer', 'Anton', 'Bea Buyer', 'Änne', 'Ada'];
    const people = [];
    for (const name of names) people.push({ ...(await addMember(tenant.id, name)), name });
    const bea = byIdWithin(people.filter((person) => person.name === 'Bea Buyer').map((person) => person.id));
    const expected = ['Ada', 'anna', 'Anna', 'Änne', 'Anton', 'Ärger Ärmel', 'Bea Buyer', 'Bea Buyer', 'Zelda Admin'];
    expected.push('Zoë Zander');

    for (const limit of [1, 2, 3, 50]) {
      const ascending = await allPages(http, 'sort=name', limit);
      expect(ascending.map((member) => member.name)).toEqual(expected);
      expect(ascending.filter((member) => member.name === 'Bea Buyer').map((member) => member.userId)).toEqual(bea);
      const descending = await allPages(http, 'sort=-name', limit);
      expect(descending.map((member) => member.userId)).toEqual(ascending.map((member) => member.userId).reverse());
    }
    expect((await allPages(http, 'sort=name', 4)).map((member) => member.userId)).toContain(admin.id);
  });

  it('sorts by joining date to the microsecond over several pages, both ways, ties by user id', async () => {
    const { tenant, admin, http } = await customer();
    // Within one millisecond: a cursor cut to milliseconds would skip or repeat these.
    const first = await addMember(tenant.id, 'First', [], '2026-02-01T10:00:00.000100Z');
    const second = await addMember(tenant.id, 'Second', [], '2026-02-01T10:00:00.000200Z');
    const tiedA = await addMember(tenant.id, 'Tied', [], '2026-02-01T10:00:00.000300Z');
    const tiedB = await addMember(tenant.id, 'Tied', [], '2026-02-01T10:00:00.000300Z');
    const last = await addMember(tenant.id, 'Last', [], '2026-03-01T00:00:00Z');
    const expected = [admin.id, first.id, second.id, ...byIdWithin([tiedA.id, tiedB.id]), last.id];

    for (const limit of [1, 2, 4]) {
      const oldest = await allPages(http, 'sort=joined', limit);
      expect(oldest.map((member) => member.userId)).toEqual(expected);
      const newest = await allPages(http, 'sort=-joined', limit);
      expect(newest.map((member) => member.userId)).toEqual([...expected].reverse());
    }
    const byDefault = await allPages(http, '', 2);
    expect(byDefault.map((member) => member.userId)).toEqual([...expected].reverse());
  });

  it('filters by role and by no role, combined with the text search, and counts each choice', async () => {
    const { tenant, adminRole, buyerRole, admin, http } = await customer();
    const emptyRole = await fixtures.role(tenant.id, [], 'Nothing yet');
    const bea = await addMember(tenant.id, 'Bea Buyer', [buyerRole]);
    const ben = await addMember(tenant.id, 'Ben Buyer', [buyerRole, adminRole]);
    const rita = await addMember(tenant.id, 'Rita Restricted');
    const rob = await addMember(tenant.id, 'Rob Restricted');
    const ids = (page: Page) => page.items.map((member) => member.userId);

    expect(ids((await http.get(`?role=${buyerRole}&sort=name`).expect(200)).body)).toEqual([bea.id, ben.id]);
    expect(ids((await http.get(`?role=${buyerRole.toUpperCase()}&sort=name`).expect(200)).body)).toEqual([
      bea.id,
      ben.id,
    ]);
    expect(ids((await http.get(`?role=${adminRole}&sort=name`).expect(200)).body)).toEqual([ben.id, admin.id]);
    expect(ids((await http.get('?role=none&sort=name').expect(200)).body)).toEqual([rita.id, rob.id]);
    expect(ids((await http.get('?role=none&q=rob').expect(200)).body)).toEqual([rob.id]);
    expect(ids((await http.get(`?role=${buyerRole}&q=ben`).expect(200)).body)).toEqual([ben.id]);
    expect(ids((await http.get(`?role=${emptyRole}`).expect(200)).body)).toEqual([]);

    expect((await http.get('/counts').expect(200)).body).toEqual({
      all: 5,
      withoutRole: 2,
      roles: [
        { roleId: adminRole, members: 2 },
        { roleId: buyerRole, members: 2 },
        { roleId: emptyRole, members: 0 },
      ],
    });
    expect((await http.get('/counts?q=ROB').expect(200)).body).toEqual({
      all: 1,
      withoutRole: 1,
      roles: [
        { roleId: adminRole, members: 0 },
        { roleId: buyerRole, members: 0 },
        { roleId: emptyRole, members: 0 },
      ],
    });
  });

  it('refuses bad parameters with a field error, never a 500', async () => {
    const { tenant, http } = await customer();
    const other = await fixtures.tenant();
    const othersRole = await fixtures.role(other.id, ['orders.read'], 'Buyer');
    const fieldError = async (path: string) => {
      const response = await http.get(path).expect(400);
      expect(response.body.code).toBe('validation_failed');
      return response.body.errors;
    };

    expect(await fieldError(`?role=${othersRole}`)).toEqual([
      expect.objectContaining({ field: 'role', code: 'unknownRole' }),
    ]);
    expect(await fieldError(`/export?role=${othersRole}`)).toEqual([
      expect.objectContaining({ field: 'role', code: 'unknownRole' }),
    ]);
    for (const role of ['garbage', 'nobody', "none' or 1=1", `${othersRole}x`, '']) {
      expect(await fieldError(`?role=${encodeURIComponent(role)}`)).toEqual([
        expect.objectContaining({ field: 'role', code: 'matches' }),
      ]);
    }
    expect(await fieldError('?sort=email')).toEqual([expect.objectContaining({ field: 'sort', code: 'isIn' })]);
    expect(await fieldError('?sort=name&sort=joined')).toEqual([expect.objectContaining({ field: 'sort' })]);
    expect(await fieldError('/export?sort=%00')).toEqual([expect.objectContaining({ field: 'sort' })]);
    expect(await fieldError(`/counts?q=${'x'.repeat(300)}`)).toEqual([
      expect.objectContaining({ field: 'q', code: 'maxLength' }),
    ]);

    // A cursor belongs to its sort; a crafted one is refused before it reaches the database.
    await addMember(tenant.id, 'Bea Buyer');
    const byName: Page = (await http.get('?sort=name&limit=1').expect(200)).body;
    expect(await fieldError(`?sort=joined&cursor=${byName.nextCursor}`)).toEqual([
      expect.objectContaining({ field: 'cursor', code: 'invalidCursor' }),
    ]);
    const crafted = (sort: string, key: unknown) =>
      Buffer.from(JSON.stringify([sort, key, '00000000-0000-0000-0000-000000000000'])).toString('base64url');
    for (const key of ['2026-01-01T00:00:00.000Z', 'yesterday', '99999-01-01T00:00:00.000000Z', 7]) {
      expect(await fieldError(`?sort=-joined&cursor=${crafted('-joined', key)}`)).toEqual([
        expect.objectContaining({ field: 'cursor', code: 'invalidCursor' }),
      ]);
    }
    expect(await fieldError(`?sort=name&cursor=${crafted('name', 'a\u0000b')}`)).toEqual([
      expect.objectContaining({ field: 'cursor', code: 'invalidCursor' }),
    ]);
    // Any text is a valid name key: it only says where the page starts.
    await http.get(`?sort=name&cursor=${crafted('name', "'; DROP TABLE users; --")}`).expect(200);
  });

  it('exports the members the filters select as CSV, safe to open in a spreadsheet', async () => {
    const { tenant, buyerRole, adminRole, admin, http } = await customer();
    await addMember(tenant.id, '=HYPERLINK("https://evil.example","Click")', [], '2026-02-01T00:00:00Z');
    await addMember(tenant.id, 'Doe, "JD" Jane', [buyerRole, adminRole], '2026-02-02T00:00:00Z');
    await addMember(tenant.id, 'Jürgen Größe', [buyerRole], '2026-02-03T00:00:00Z');

    const response = await http.get('/export?sort=name').expect(200);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(response.headers['content-disposition']).toMatch(
      new RegExp(`^attachment; filename="members-${tenant.customerNumber}-\\d{4}-\\d{2}-\\d{2}\\.csv"$`),
    );
    const text: string = response.text;
    expect(text.startsWith('\uFEFF"name","email","roles","joined","restricted"\r\n')).toBe(true);
    const lines = text.replace(/^\uFEFF/, '').split('\r\n');
    expect(lines).toHaveLength(6); // header, four members, the final line end
    expect(lines[1]).toMatch(
      /^"'=HYPERLINK\(""https:\/\/evil\.example"",""Click""\)","[^"]+","","2026-02-01T00:00:00\.000Z","yes"$/,
    );
    expect(lines[2]).toMatch(/^"Doe, ""JD"" Jane","[^"]+","Administrator; Buyer","2026-02-02T00:00:00\.000Z","no"$/);
    expect(lines[3]).toMatch(/^"Jürgen Größe","[^"]+","Buyer","2026-02-03T00:00:00\.000Z","no"$/);
    expect(lines[4]).toMatch(/^"Zelda Admin",/);

    const restricted = await http.get('/export?role=none').expect(200);
    expect(restricted.text.split('\r\n').slice(1, -1)).toEqual([expect.stringMatching(/^"'=HYPERLINK/)]);
    const searched = await http.get('/export?q=j%C3%BCrgen&sort=-joined').expect(200);
    expect(searched.text.split('\r\n').slice(1, -1)).toEqual([expect.stringMatching(/^"Jürgen Größe"/)]);

    // Each copy of the customer's people that leaves CloudHub is in the audit log, with what it selected.
    const audited = await fixtures.dataSource.query(
      `SELECT actor_id, target_type, after FROM audit_events WHERE tenant_id = $1 AND action = 'customer.exported'
        ORDER BY id`,
      [tenant.id],
    );
    expect(audited).toEqual([
      { actor_id: admin.id, target_type: 'customer', after: { table: 'members', sort: 'name' } },
      { actor_id: admin.id, target_type: 'customer', after: { table: 'members', role: 'none', sort: '-joined' } },
      { actor_id: admin.id, target_type: 'customer', after: { table: 'members', q: 'jürgen', sort: '-joined' } },
    ]);
  });

  it('exports more members than one batch holds, each once', async () => {
    const { tenant, http } = await customer();
    await fixtures.dataSource.query(
      `WITH created AS (
         INSERT INTO users (email, name, password_hash)
         SELECT 'bulk-' || gen_random_uuid() || '@example.test', 'Bulk ' || n, 'x' FROM generate_series(1, 1100) n
         RETURNING id
       )
       INSERT INTO memberships (tenant_id, user_id, joined_at)
       SELECT $1, id, '2026-02-01T00:00:00Z' FROM created`,
      [tenant.id],
    );
    const response = await http.get('/export?sort=-joined').expect(200);
    const lines = response.text.split('\r\n').slice(1, -1);
    expect(lines).toHaveLength(1101);
    expect(new Set(lines).size).toBe(1101);
  });

  it('limits exports per client', async () => {
    const { tenant, token } = await customer();
    const client = as(tenant.id, token, randomClientIp());
    for (let i = 0; i < 10; i++) await client.get('/export').expect(200);
    const refused = await client.get('/export').expect(429);
    expect(refused.headers['retry-after']).toMatch(/^\d+$/);
    await as(tenant.id, token, randomClientIp()).get('/export').expect(200);
  });

  it('finds one member for a link, and says when they are gone', async () => {
    const { tenant, buyerRole, http } = await customer();
    const bea = await addMember(tenant.id, 'Bea Buyer', [buyerRole]);
    expect((await http.get(`/${bea.id}`).expect(200)).body).toMatchObject({
      userId: bea.id,
      name: 'Bea Buyer',
      roles: [{ id: buyerRole, name: 'Buyer' }],
      isAdmin: false,
    });

    const other = await fixtures.tenant();
    const stranger = await addMember(other.id, 'Someone Else');
    const gone = await http.get(`/${stranger.id}`).expect(404);
    expect(gone.body.code).toBe('member_not_found');
    await http.get('/not-a-uuid').expect(404);

    await fixtures.dataSource.query('DELETE FROM memberships WHERE tenant_id = $1 AND user_id = $2', [
      tenant.id,
      bea.id,
    ]);
    expect((await http.get(`/${bea.id}`).expect(404)).body.code).toBe('member_not_found');
  });

  it('is for admins only, and an admin of one customer sees nothing of another', async () => {
    const { tenant, http } = await customer();
    const buyer = await fixtures.memberWith(['orders.read']);
    const stranger = await addMember(buyer.tenant.id, 'Other Customer’s Member');
    const asBuyer = as(buyer.tenant.id, buyer.token);
    for (const path of ['', '/counts', '/export', `/${stranger.id}`]) {
      expect((await asBuyer.get(path).expect(403)).body.code).toBe('permission_required');
    }
    const adminElsewhere = as(buyer.tenant.id, (await customer()).token);
    for (const path of ['', '/counts', '/export', `/${stranger.id}`]) {
      expect((await adminElsewhere.get(path).expect(404)).body.code).toBe('tenant_not_found');
    }
    expect(tenant.id).not.toBe(buyer.tenant.id);
    await http.get('/counts').expect(200);
  });
});
