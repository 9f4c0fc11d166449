import { Fixtures, uniqueAddress } from './support/fixtures';
import { tokenFrom, waitForMail } from './support/mailbox';
import { createTestApp, randomClientIp, type TestApp } from './support/test-app';

const STRONG = 'four unrelated words make it';
const CODE = 'noLinksOrMarkup';

/** Issue 10, point 4: nothing a user types becomes a link or markup in someone else's mailbox. */
describe('input safety: display names and messages that go into e-mails', () => {
  let api: TestApp;
  let fixtures: Fixtures;

  beforeAll(async () => {
    api = await createTestApp({ devMailbox: true, env: { APP_URL: 'https://portal.example.test' } });
    fixtures = new Fixtures(api);
  });
  afterAll(() => api.close());
  const send = (method: 'post' | 'patch', path: string, body: object, token?: string) => {
    const request = api.http(randomClientIp())[method](path);
    return (token ? request.set('Authorization', `Bearer ${token}`) : request).send(body);
  };

  /** A customer with one admin (English e-mails); answers an invitation token for a new address. */
  async function customerWithAdmin() {
    const tenant = await fixtures.tenant('Gamma Safety AG');
    const adminRole = await fixtures.role(tenant.id, ['users.manage'], 'Administrator');
    const buyerRole = await fixtures.role(tenant.id, ['orders.read'], 'Buyer');
    const admin = await fixtures.user({ name: 'Ada Admin', email: uniqueAddress('admin'), language: 'en' });
    await fixtures.member(tenant.id, admin.id, [adminRole]);
    const adminToken = await fixtures.login(admin.email);
    const invite = async () => {
      const email = uniqueAddress('invitee');
      await send('post', `/api/tenants/${tenant.id}/invitations`, { email, roleIds: [buyerRole] }, adminToken).expect(
        201,
      );
      const [mail] = await waitForMail(api, email);
      return { email, token: tokenFrom(mail) };
    };
    return { tenant, admin, invite };
  }

  const fieldErrors = (body: { code: string; errors?: { field: string; code?: string; message: string }[] }) => {
    expect(body.code).toBe('validation_failed');
    return body.errors ?? [];
  };

  describe('registering through an invitation', () => {
    it.each([
      ['a URL', 'Anna https://evil.example', /web address or link/],
      ['markup', '<a href="https://evil.example">Anna</a>', /< or >/],
      ['a host name', 'Call evil.example now', /web address such as example\.com/],
      ['an abbreviation without a space, with the hint', 'Dr.Smith', /space after the dot/],
      ['an e-mail address', 'anna@evil.example', /web address|@/],
      ['a bidi override', 'Anna \u202Emoc.live', /writing direction/],
    ])('answers 400 with a field error on name for %s', async (_label, name, message) => {
      const { invite } = await customerWithAdmin();
      const { token } = await invite();
      const response = await send('post', '/api/invitations/register', { token, name, password: STRONG }).expect(400);
      expect(fieldErrors(response.body)).toEqual([
        { field: 'name', code: CODE, message: expect.stringMatching(message) },
      ]);
    });

    it("accepts a name with umlauts, initials and an apostrophe, and quotes it in the admins' e-mail", async () => {
      const { tenant, admin, invite } = await customerWithAdmin();
      const { email, token } = await invite();
      const name = "Jürgen J. R. O'Neil-Müller";
      await send('post', '/api/invitations/register', { token, name, password: STRONG }).expect(201);
      const memberToken = await fixtures.login(email, STRONG);
      const me = await api.http().get('/api/me').set('Authorization', `Bearer ${memberToken}`).expect(200);
      expect(me.body.name).toBe(name);

      await api
        .http()
        .delete(`/api/me/memberships/${tenant.id}`)
        .set('Authorization', `Bearer ${memberToken}`)
        .expect(204);
      const [mail] = await waitForMail(api, admin.email);
      expect(mail.subject).toBe(`${name} left Gamma Safety AG in CloudHub`);
      expect(mail.text).toContain(`“${name}” (${email}) cancelled`);
      expect(mail.html).toContain(`“Jürgen J. R. O&#39;Neil-Müller” (${email}) cancelled`);
    });
  });

  describe('the profile', () => {
    it('refuses a display name with a link or markup, and takes an ordinary one', async () => {
      const { token } = await fixtures.memberWith(['orders.read']);
      const patch = (name: string) => send('patch', '/api/me', { name }, token);
      for (const name of [
        'Anna www.evil.example',
        '<img src=x onerror=alert(1)>',
        'evil.com/x',
        'javascript:alert(1)',
      ]) {
        const response = await patch(name).expect(400);
        expect(fieldErrors(response.body)).toEqual([expect.objectContaining({ field: 'name', code: CODE })]);
      }
      const ok = await patch("Anne-Marie O'Neil").expect(200);
      expect(ok.body.name).toBe("Anne-Marie O'Neil");
      await patch('Dr. Smith').expect(200);
    });
  });

  describe('asking for access', () => {
    async function restrictedMember(name = 'Rita Restricted') {
      const { tenant, admin } = await customerWithAdmin();
      const member = await fixtures.user({ name });
      await fixtures.member(tenant.id, member.id);
      const token = await fixtures.login(member.email);
      const ask = (message: string) => send('post', `/api/tenants/${tenant.id}/access-requests`, { message }, token);
      return { admin, member, ask };
    }

    it('refuses a message with a URL, a host name or markup', async () => {
      const { ask } = await restrictedMember();
      for (const message of [
        'Please confirm at https://evil.example/login',
        'see www.evil.example',
        'write to boss@evil.example',
        'click <a href="x">here</a>',
      ]) {
        const response = await ask(message).expect(400);
        expect(fieldErrors(response.body)).toEqual([expect.objectContaining({ field: 'message', code: CODE })]);
      }
    });

    it('shows the message as a quote and a name from older data escaped, quoted and without a link', async () => {
      // Stored directly, as data from before the input rule would be.
      const { admin, member, ask } = await restrictedMember('<a href="https://evil.example">IT support</a>');
      await ask('I need invoices @ month end.\nThanks, Rita').expect(202);
      const [mail] = await waitForMail(api, admin.email);

      expect(mail.html).toContain(
        '“&lt;a href=&quot;https[:]//evil[.]example&quot;&gt;IT support&lt;/a&gt;” (' + member.email + ')',
      );
      expect(mail.html).not.toMatch(/<a [^>]*evil/);
      expect(mail.html?.match(/<a /g)).toHaveLength(1); // the "Give roles" button only
      expect(mail.html).toMatch(/<blockquote[^>]*>I need invoices @ month end\.\nThanks, Rita<\/blockquote>/);

      expect(mail.text).toContain('“<a href="https[:]//evil[.]example">IT support</a>” (' + member.email + ')');
      expect(mail.text).toContain('> I need invoices @ month end.\n> Thanks, Rita');
      for (const part of [mail.subject, mail.text, mail.html]) expect(part).not.toMatch(/evil\.example/);
    });
  });
});
