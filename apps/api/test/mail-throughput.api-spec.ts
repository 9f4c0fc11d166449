import { Fixtures } from './support/fixtures';
import { waitForMail } from './support/mailbox';
import { createTestApp, type TestApp } from './support/test-app';

describe('the e-mail outbox under a burst', () => {
  let api: TestApp;

  beforeAll(async () => {
    // A long polling interval: the burst must not wait for it between e-mails.
    api = await createTestApp({ devMailbox: true, env: { MAIL_POLL_INTERVAL: '5s' } });
  });
  afterAll(() => api.close());

  it('sends queued e-mails one after the other without pausing between them', async () => {
    const fixtures = new Fixtures(api);
    const { tenant, token } = await fixtures.memberWith(['users.manage']);
    const suffix = `${Date.now()}@example.test`;
    for (let i = 0; i < 10; i++) {
      await api
        .http()
        .post(`/api/tenants/${tenant.id}/invitations`)
        .set('Authorization', `Bearer ${token}`)
        .send({ email: `burst-${i}-${suffix}`, roleIds: [] })
        .expect(201);
    }
    // Only the first e-mail may wait for a poll (at most 5 s); pausing 5 s between e-mails would take 50 s.
    await waitForMail(api, `burst-9-${suffix}`, 1, 15_000);
    await waitForMail(api, `burst-0-${suffix}`, 1, 1_000);
  });
});
