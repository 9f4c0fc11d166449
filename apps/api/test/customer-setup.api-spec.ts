import { PERMISSIONS } from '@cloudhub/permissions';
import { CustomerSetupService } from '../src/setup/customer-setup.service';
import { Fixtures } from './support/fixtures';
import { createTestApp, type TestApp } from './support/test-app';

describe('first customer and admin of a deployment (npm run setup)', () => {
  let testApp: TestApp;
  let fixtures: Fixtures;

  beforeAll(async () => {
    testApp = await createTestApp({ env: { ROLE: 'api' } });
    fixtures = new Fixtures(testApp);
  });
  afterAll(() => testApp.close());

  const request = (customerNumber: string) => ({
    customerNumber,
    companyName: 'Acme Devices GmbH',
    language: 'de' as const,
    adminEmail: `first-${customerNumber}@acme.example`,
    operator: { name: 'CloudHub Support', email: 'support@cloudhub.example' },
  });
  const counts = async () => {
    const [row]: Record<string, number>[] = await fixtures.dataSource.query(
      `SELECT (SELECT count(*)::int FROM tenants) AS tenants, (SELECT count(*)::int FROM roles) AS roles,
              (SELECT count(*)::int FROM invitations) AS invitations,
              (SELECT count(*)::int FROM pgboss.job WHERE name = 'mail-send') AS mails`,
    );
    return row;
  };

  it('creates the customer, its Administrator role and the admin’s invitation e-mail; the link makes an admin', async () => {
    const customerNumber = String(Date.now()).slice(-9);
    const outcome = await testApp.app.get(CustomerSetupService).setUp(request(customerNumber));
    if (!outcome.created) throw new Error('expected a new customer');

    const [invitation]: { email: string; invited_by: string | null; language: string; roles: string[] }[] =
      await fixtures.dataSource.query(
        `SELECT i.email, i.invited_by, i.language, array_agg(r.name) AS roles
           FROM invitations i JOIN invitation_roles ir ON ir.invitation_id = i.id JOIN roles r ON r.id = ir.role_id
          WHERE i.id = $1 GROUP BY i.id`,
        [outcome.invitationId],
      );
    expect(invitation).toEqual({
      email: `first-${customerNumber}@acme.example`,
      invited_by: null,
      language: 'de',
      roles: ['Administrator'],
    });
    const [job]: { data: { to: string; kind: string } }[] = await fixtures.dataSource.query(
      `SELECT data FROM pgboss.job WHERE name = 'mail-send' AND data->>'to' = $1`,
      [invitation.email],
    );
    expect(job.data.kind).toBe('invitation');

    const token = new URL(outcome.link).hash.replace('#token=', '');
    const { body } = await testApp
      .http()
      .post('/api/invitations/register')
      .send({ token, name: 'First Admin', password: 'four unrelated words make it' })
      .expect(201);
    const { body: me } = await testApp
      .http()
      .get('/api/me')
      .set('Authorization', `Bearer ${body.accessToken as string}`)
      .expect(200);
    expect(me.memberships).toHaveLength(1);
    expect(me.memberships[0]).toMatchObject({ customerNumber, companyName: 'Acme Devices GmbH' });
    expect([...me.memberships[0].permissions].sort()).toEqual([...PERMISSIONS].sort());
  });

  it('changes nothing for a customer number that exists', async () => {
    const customerNumber = String(Date.now() + 1).slice(-9);
    const setup = testApp.app.get(CustomerSetupService);
    const first = await setup.setUp(request(customerNumber));
    const before = await counts();
    const second = await setup.setUp({ ...request(customerNumber), adminEmail: 'someone-else@acme.example' });
    expect(second).toEqual({ created: false, tenantId: first.tenantId });
    expect(await counts()).toEqual(before);
  });
});
