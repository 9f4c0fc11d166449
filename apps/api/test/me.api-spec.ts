import { Fixtures } from './support/fixtures';
import { createTestApp, type TestApp } from './support/test-app';

describe('me', () => {
  let api: TestApp;
  let fixtures: Fixtures;

  beforeAll(async () => {
    api = await createTestApp();
    fixtures = new Fixtures(api);
  });
  afterAll(() => api.close());

  it('describes the user and every membership with permissions, roles, restricted and tourPending', async () => {
    const user = await fixtures.user({ name: 'Mia Member' });
    const acme = await fixtures.tenant('Acme Devices GmbH');
    const beta = await fixtures.tenant('Beta Logistics AG');
    const buyer = await fixtures.role(acme.id, ['orders.read', 'invoices.read'], 'Buyer');
    const viewer = await fixtures.role(acme.id, ['orders.read', 'reports.read'], 'Viewer');
    await fixtures.member(acme.id, user.id, [buyer, viewer]);
    await fixtures.member(beta.id, user.id);
    const token = await fixtures.login(user.email);

    const { body } = await api.http().get('/api/me').set('Authorization', `Bearer ${token}`).expect(200);
    expect(body).toMatchObject({ id: user.id, email: user.email, name: 'Mia Member', language: 'en' });
    const byNumber = Object.fromEntries(
      (body.memberships as { customerNumber: string }[]).map((membership) => [membership.customerNumber, membership]),
    );
    expect(byNumber[acme.customerNumber]).toEqual({
      tenantId: acme.id,
      customerNumber: acme.customerNumber,
      companyName: 'Acme Devices GmbH',
      permissions: ['invoices.read', 'orders.read', 'reports.read'],
      roles: [
        { id: buyer, name: 'Buyer' },
        { id: viewer, name: 'Viewer' },
      ],
      restricted: false,
      tourPending: true,
      joinedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
    });
    expect(byNumber[beta.customerNumber]).toMatchObject({
      permissions: [],
      roles: [],
      restricted: true,
      tourPending: false,
    });
  });

  it('changes name and language, trimmed', async () => {
    const { token } = await fixtures.memberWith([]);
    const { body } = await api
      .http()
      .patch('/api/me')
      .set('Authorization', `Bearer ${token}`)
      .send({ name: '  Renamed Person ', language: 'de' })
      .expect(200);
    expect(body).toMatchObject({ name: 'Renamed Person', language: 'de' });
    const again = await api.http().get('/api/me').set('Authorization', `Bearer ${token}`).expect(200);
    expect(again.body).toMatchObject({ name: 'Renamed Person', language: 'de' });
  });

  it('refuses an empty name, an unknown language and fields that are not its own', async () => {
    const { token } = await fixtures.memberWith([]);
    const response = await api
      .http()
      .patch('/api/me')
      .set('Authorization', `Bearer ${token}`)
      .send({ name: '   ', language: 'fr', email: 'takeover@example.test' })
      .expect(400);
    expect(response.body.errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: 'name', message: 'must not be empty' }),
        expect.objectContaining({ field: 'language', message: 'must be one of en, de' }),
        expect.objectContaining({ field: 'email', message: 'is not a known field' }),
      ]),
    );
    const me = await api.http().get('/api/me').set('Authorization', `Bearer ${token}`).expect(200);
    expect(me.body.language).toBe('en');
  });

  it('treats a token whose account is gone as logged out', async () => {
    const { token, user } = await fixtures.memberWith([]);
    await fixtures.dataSource.query('DELETE FROM users WHERE id = $1', [user.id]);
    const response = await api.http().get('/api/me').set('Authorization', `Bearer ${token}`).expect(401);
    expect(response.body.code).toBe('unauthenticated');
  });
});
