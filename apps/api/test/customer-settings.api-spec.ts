import { Fixtures, uniqueAddress } from './support/fixtures';
import { waitForMail } from './support/mailbox';
import { createTestApp, randomClientIp, type TestApp } from './support/test-app';

/** A customer's settings as its admins change them: the default language of invitation e-mails. */
describe('customer settings', () => {
  let api: TestApp;
  let fixtures: Fixtures;

  beforeAll(async () => {
    api = await createTestApp({ devMailbox: true });
    fixtures = new Fixtures(api);
  });
  afterAll(() => api.close());

  /** Calls under one customer's path with one person's token. */
  const as = (tenantId: string, token: string) => {
    const path = `/api/tenants/${tenantId}`;
    const call = (method: 'get' | 'post' | 'patch', suffix: string, body?: object) => {
      const request = api.http(randomClientIp())[method](`${path}${suffix}`).set('Authorization', `Bearer ${token}`);
      return body ? request.send(body) : request;
    };
    return {
      settings: () => call('get', '/settings'),
      change: (body: object) => call('patch', '/settings', body),
      invite: (body: object) => call('post', '/invitations', body),
      batch: (body: object) => call('post', '/invitations/batch', body),
    };
  };

  async function customer(companyName = 'Settings Test GmbH') {
    const tenant = await fixtures.tenant(companyName);
    const adminRole = await fixtures.role(tenant.id, ['users.manage'], 'Administrator');
    const admin = await fixtures.user({ name: 'Ada Admin' });
    await fixtures.member(tenant.id, admin.id, [adminRole]);
    const token = await fixtures.login(admin.email);
    return { tenant, admin, token, http: as(tenant.id, token) };
  }

  const storedLanguage = async (tenantId: string) => {
    const [row] = await fixtures.dataSource.query('SELECT language FROM tenants WHERE id = $1', [tenantId]);
    return (row as { language: string }).language;
  };

  const settingsEvents = (tenantId: string) =>
    fixtures.dataSource.query(
      `SELECT actor_id, target_type, target_id, target_label, before, after FROM audit_events
        WHERE tenant_id = $1 AND action = 'customer.settings_changed' ORDER BY id`,
      [tenantId],
    );

  it('shows the customer’s name, number and default invitation language to its admins', async () => {
    const { tenant, http } = await customer('Shown GmbH');
    const { body } = await http.settings().expect(200);
    expect(body).toEqual({
      tenantId: tenant.id,
      customerNumber: tenant.customerNumber,
      companyName: 'Shown GmbH',
      language: 'en',
    });
  });

  it('changes the default language with an audit entry, and saving it again records nothing', async () => {
    const { tenant, admin, token, http } = await customer('Audited AG');
    const { body } = await http.change({ language: 'de' }).expect(200);
    expect(body).toMatchObject({ tenantId: tenant.id, language: 'de', companyName: 'Audited AG' });
    expect((await http.settings().expect(200)).body.language).toBe('de');
    await http.change({ language: 'de' }).expect(200);

    expect(await settingsEvents(tenant.id)).toEqual([
      {
        actor_id: admin.id,
        target_type: 'customer',
        target_id: tenant.id,
        target_label: 'Audited AG',
        before: { language: 'en' },
        after: { language: 'de' },
      },
    ]);
    const log = await api
      .http()
      .get(`/api/tenants/${tenant.id}/audit-events?kind=customer`)
      .set('Authorization', `Bearer ${token}`)
      .expect(200);
    expect(log.body.items).toEqual([
      expect.objectContaining({
        action: 'customer.settings_changed',
        target: { type: 'customer', id: tenant.id, label: 'Audited AG' },
        before: { language: 'en' },
        after: { language: 'de' },
      }),
    ]);
  });

  it('writes the next invitation without a chosen language, single or in a batch, in the new default', async () => {
    const { tenant, http } = await customer();
    await http.change({ language: 'de' }).expect(200);
    const [german, english, batched] = [uniqueAddress('german'), uniqueAddress('english'), uniqueAddress('batched')];
    expect((await http.invite({ email: german, roleIds: [] }).expect(201)).body.language).toBe('de');
    expect((await http.invite({ email: english, roleIds: [], language: 'en' }).expect(201)).body.language).toBe('en');
    const sent = await http.batch({ dryRun: false, rows: [{ email: batched }] }).expect(200);
    expect(sent.body.rows.map((row: { outcome: string }) => row.outcome)).toEqual(['invited']);

    expect((await waitForMail(api, german))[0].subject).toContain('eingeladen');
    expect((await waitForMail(api, english))[0].subject).toContain('invited you');
    expect((await waitForMail(api, batched))[0].subject).toContain('eingeladen');

    await http.change({ language: 'en' }).expect(200);
    const after = uniqueAddress('after');
    expect((await http.invite({ email: after, roleIds: [] }).expect(201)).body.language).toBe('en');
    const languages = await fixtures.dataSource.query(
      'SELECT email, language FROM invitations WHERE tenant_id = $1 ORDER BY created_at',
      [tenant.id],
    );
    expect(languages).toEqual([
      { email: german, language: 'de' },
      { email: english, language: 'en' },
      { email: batched, language: 'de' },
      { email: after, language: 'en' },
    ]);
  });

  it('records one change when two admins save the same language at once', async () => {
    const { tenant, http } = await customer();
    const second = await fixtures.user({ name: 'Bo Admin' });
    await fixtures.member(tenant.id, second.id, [await fixtures.role(tenant.id, ['users.manage'])]);
    const other = as(tenant.id, await fixtures.login(second.email));
    const answers = await Promise.all([http.change({ language: 'de' }), other.change({ language: 'de' })]);
    expect(answers.map((answer) => answer.status)).toEqual([200, 200]);
    // The customer's row is locked before it is read: the later save sees German and records nothing.
    expect(await settingsEvents(tenant.id)).toEqual([
      expect.objectContaining({ before: { language: 'en' }, after: { language: 'de' } }),
    ]);
  });

  it('refuses members without users.manage, changing nothing', async () => {
    const { tenant } = await customer();
    const buyer = await fixtures.user();
    await fixtures.member(tenant.id, buyer.id, [await fixtures.role(tenant.id, ['orders.read', 'invoices.read'])]);
    const http = as(tenant.id, await fixtures.login(buyer.email));

    for (const response of [await http.settings(), await http.change({ language: 'de' })]) {
      expect(response.status).toBe(403);
      expect(response.body).toMatchObject({ code: 'permission_required', permission: 'users.manage' });
    }
    expect(await storedLanguage(tenant.id)).toBe('en');
    expect(await settingsEvents(tenant.id)).toEqual([]);
  });

  it('answers 404 for another customer, alike for one that does not exist', async () => {
    const { token } = await customer();
    const other = await customer();
    const intruder = as(other.tenant.id, token);
    for (const response of [await intruder.settings(), await intruder.change({ language: 'de' })]) {
      expect(response.status).toBe(404);
      expect(response.body.code).toBe('tenant_not_found');
    }
    const missing = await as('00000000-0000-4000-8000-000000000000', token).settings();
    expect(missing.status).toBe(404);
    expect(missing.body.code).toBe('tenant_not_found');
    expect(await storedLanguage(other.tenant.id)).toBe('en');
  });

  it('names the field of a bad language, and refuses fields an admin may not set here', async () => {
    const { tenant, http } = await customer('Unchanged GmbH');
    const cases: [object, { field: string; message: string }][] = [
      [{ language: 'fr' }, { field: 'language', message: 'must be one of en, de' }],
      [{ language: 'x'.repeat(100_000) }, { field: 'language', message: 'must be one of en, de' }],
      [{ language: ['de'] }, { field: 'language', message: 'must be one of en, de' }],
      [{}, { field: 'language', message: 'must be one of en, de' }],
      [
        { language: 'de', companyName: 'Hijacked' },
        { field: 'companyName', message: expect.any(String) },
      ],
    ];
    for (const [body, error] of cases) {
      const response = await http.change(body).expect(400);
      expect(response.headers['content-type']).toContain('application/problem+json');
      expect(response.body.errors).toEqual([expect.objectContaining(error)]);
    }
    expect((await http.settings().expect(200)).body).toMatchObject({ companyName: 'Unchanged GmbH', language: 'en' });
    expect(await settingsEvents(tenant.id)).toEqual([]);
  });

  it('is described in the OpenAPI document, for admins only', async () => {
    const { body } = await api.http().get('/api/openapi.json').expect(200);
    const path = body.paths['/api/tenants/{tenantId}/settings'];
    expect(path.get).toMatchObject({
      operationId: 'getCustomerSettings',
      'x-access': { kind: 'permission', permission: 'users.manage' },
    });
    expect(path.patch).toMatchObject({
      operationId: 'updateCustomerSettings',
      'x-access': { kind: 'permission', permission: 'users.manage' },
      requestBody: {
        content: { 'application/json': { schema: { $ref: '#/components/schemas/UpdateCustomerSettingsDto' } } },
      },
    });
    expect(Object.keys(path.patch.responses).sort()).toEqual(['200', '400', '401', '403', '404']);
    expect(body.components.schemas.UpdateCustomerSettingsDto).toMatchObject({
      required: ['language'],
      properties: { language: { allOf: [{ $ref: '#/components/schemas/Language' }] } },
    });
    expect(body.components.schemas.AuditAction.enum).toContain('customer.settings_changed');
  });
});
