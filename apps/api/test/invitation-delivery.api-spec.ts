import { Fixtures, uniqueAddress } from './support/fixtures';
import { FakeHubSpot } from './support/fake-hubspot';
import { freePort } from './support/free-port';
import { eventually } from './support/mailbox';
import { createTestApp, type TestApp } from './support/test-app';
import { TestSmtpServer } from './support/test-smtp-server';

const RETRIES = { MAIL_RETRY_DELAY: '1s', MAIL_RETRY_LIMIT: '3', MAIL_POLL_INTERVAL: '1s' };

async function adminOf(api: TestApp) {
  const fixtures = new Fixtures(api);
  const tenant = await fixtures.tenant('Acme Devices GmbH');
  const role = await fixtures.role(tenant.id, ['users.manage'], 'Administrator');
  const user = await fixtures.user({ name: 'Alex Admin' });
  await fixtures.member(tenant.id, user.id, [role]);
  const token = await fixtures.login(user.email);
  const path = `/api/tenants/${tenant.id}/invitations`;
  return {
    tenant,
    role,
    invite: (email: string) =>
      api
        .http()
        .post(path)
        .set('Authorization', `Bearer ${token}`)
        .send({ email, roleIds: [role] })
        .expect(201),
    row: async (id: string) => {
      const { body } = await api.http().get(path).set('Authorization', `Bearer ${token}`).expect(200);
      return body.items.find((item: { id: string }) => item.id === id);
    },
  };
}

describe('invitation e-mail over SMTP', () => {
  let smtp: TestSmtpServer;
  let api: TestApp;

  beforeAll(async () => {
    smtp = new TestSmtpServer(await freePort());
    api = await createTestApp({ env: { SMTP_URL: smtp.url, ...RETRIES } });
  });
  afterAll(async () => {
    await api.close();
    await smtp.stop();
  });

  it('keeps the e-mail while the SMTP server is down and sends it once it is up', async () => {
    const { invite, row } = await adminOf(api);
    const email = uniqueAddress('down-then-up');
    const { body } = await invite(email);
    await eventually(async () => expect((await row(body.id)).deliveryError).toMatch(/ECONNREFUSED|connect/i));
    expect((await row(body.id)).delivery).toBe('queued');
    await smtp.start();
    await eventually(async () => expect(await row(body.id)).toMatchObject({ delivery: 'sent', deliveryError: null }));
    expect(smtp.to(email)).toHaveLength(1);
    expect(smtp.to(email)[0].messageId).toMatch(/^<[0-9a-f-]{36}@cloudhub\.example>$/);
  });

  it('retries a 4xx answer and sends on a later attempt', async () => {
    const { invite, row } = await adminOf(api);
    smtp.reject = { code: 451, message: 'Greylisted, try again later' };
    const email = uniqueAddress('greylisted');
    const { body } = await invite(email);
    await eventually(async () => expect((await row(body.id)).deliveryError).toContain('451'));
    smtp.reject = undefined;
    await eventually(async () => expect((await row(body.id)).delivery).toBe('sent'));
    expect(smtp.to(email)).toHaveLength(1);
  });

  it('marks a 5xx answer failed with the SMTP reason at once, without retrying', async () => {
    const { invite, row } = await adminOf(api);
    smtp.reject = { code: 550, message: 'Mailbox unavailable' };
    try {
      const { body } = await invite(uniqueAddress('bounced'));
      await eventually(async () =>
        expect(await row(body.id)).toMatchObject({ delivery: 'failed', deliveryError: expect.stringContaining('550') }),
      );
      expect((await row(body.id)).deliveryError).toContain('Mailbox unavailable');
    } finally {
      smtp.reject = undefined;
    }
  });
});

describe('invitation e-mail through HubSpot', () => {
  let hubspot: FakeHubSpot;
  let api: TestApp;

  beforeAll(async () => {
    hubspot = new FakeHubSpot();
    await hubspot.start();
    api = await createTestApp({
      env: {
        HUBSPOT_ACCESS_TOKEN: 'pat-test-token',
        HUBSPOT_BASE_URL: hubspot.url,
        HUBSPOT_TEMPLATE_ID: '4242',
        APP_URL: 'https://portal.example.test',
        ...RETRIES,
      },
    });
  });
  afterAll(async () => {
    await api.close();
    await hubspot.stop();
  });

  const requestsTo = (email: string) => hubspot.requests.filter((request) => request.body.message?.to === email);

  it('sends the template with the link, company, customer number, inviter and expiry as custom properties', async () => {
    const { tenant, invite, row } = await adminOf(api);
    const email = uniqueAddress('hubspot');
    const { body } = await invite(email);
    await eventually(async () => expect((await row(body.id)).delivery).toBe('sent'));
    const [request] = requestsTo(email);
    expect(request).toMatchObject({
      method: 'POST',
      path: '/marketing/v3/transactional/single-email/send',
      authorization: 'Bearer pat-test-token',
    });
    expect(request.body).toEqual({
      emailId: 4242,
      message: {
        to: email,
        from: 'CloudHub <no-reply@cloudhub.example>',
        sendId: expect.stringMatching(/^[0-9a-f-]{36}$/),
      },
      customProperties: {
        language: 'en',
        company_name: 'Acme Devices GmbH',
        customer_number: tenant.customerNumber,
        inviter_name: 'Alex Admin',
        inviter_email: expect.stringContaining('@example.test'),
        role_names: 'Administrator',
        expires_at: expect.stringMatching(/ UTC$/),
        link: expect.stringMatching(/^https:\/\/portal\.example\.test\/invite#token=[A-Za-z0-9_-]{43}$/),
      },
    });
  });

  it('waits as long as a 429 asks, then sends with the same sendId', async () => {
    const { invite, row } = await adminOf(api);
    hubspot.script.push({
      status: 429,
      headers: { 'retry-after': '1' },
      body: { status: 'error', message: 'Rate limited' },
    });
    const email = uniqueAddress('rate-limited');
    const { body } = await invite(email);
    await eventually(async () => expect((await row(body.id)).delivery).toBe('sent'));
    const requests = requestsTo(email);
    expect(requests).toHaveLength(2);
    expect(requests[1].body.message.sendId).toBe(requests[0].body.message.sendId);
  });

  it('retries a 500 with backoff', async () => {
    const { invite, row } = await adminOf(api);
    hubspot.script.push({ status: 500, body: { status: 'error', message: 'Internal error' } });
    const email = uniqueAddress('server-error');
    const { body } = await invite(email);
    await eventually(async () => expect((await row(body.id)).delivery).toBe('sent'));
    expect(requestsTo(email)).toHaveLength(2);
  });

  it('marks a 400 failed with HubSpot’s message, without retrying', async () => {
    const { invite, row } = await adminOf(api);
    hubspot.script.push({
      status: 400,
      body: { status: 'error', message: 'Invalid email address', category: 'VALIDATION_ERROR' },
    });
    const email = uniqueAddress('invalid');
    const { body } = await invite(email);
    await eventually(async () =>
      expect(await row(body.id)).toMatchObject({
        delivery: 'failed',
        deliveryError: 'HubSpot 400: Invalid email address',
      }),
    );
    expect(requestsTo(email)).toHaveLength(1);
  });
});
