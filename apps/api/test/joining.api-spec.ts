import { Fixtures, PASSWORD, uniqueAddress } from './support/fixtures';
import { tokenFrom, waitForMail } from './support/mailbox';
import { createTestApp, randomClientIp, type TestApp } from './support/test-app';

const STRONG = 'four unrelated words make it';

describe('joining through an invitation link', () => {
  let api: TestApp;
  let fixtures: Fixtures;

  beforeAll(async () => {
    api = await createTestApp({ devMailbox: true, env: { APP_URL: 'https://portal.example.test' } });
    fixtures = new Fixtures(api);
  });
  afterAll(() => api.close());
  // Each request from its own address: the public invitation calls are throttled per address.
  const post = (path: string, body: object, token?: string) => {
    const request = api.http(randomClientIp()).post(path);
    return (token ? request.set('Authorization', `Bearer ${token}`) : request).send(body);
  };

  /** A customer with an admin who invites `email` with a Buyer role; answers the link's token. */
  async function invited(email = uniqueAddress('invitee'), language: 'en' | 'de' = 'en') {
    const tenant = await fixtures.tenant('Acme Devices GmbH');
    const adminRole = await fixtures.role(tenant.id, ['users.manage'], 'Administrator');
    const buyerRole = await fixtures.role(tenant.id, ['orders.read', 'invoices.read'], 'Buyer');
    const admin = await fixtures.user({ name: 'Alex Admin', email: uniqueAddress('admin') });
    await fixtures.member(tenant.id, admin.id, [adminRole]);
    const adminToken = await fixtures.login(admin.email);
    const created = await post(
      `/api/tenants/${tenant.id}/invitations`,
      { email, roleIds: [buyerRole], language },
      adminToken,
    );
    expect(created.status).toBe(201);
    const [mail] = await waitForMail(api, email);
    return {
      tenant,
      admin,
      adminToken,
      buyerRole,
      email,
      invitationId: created.body.id as string,
      token: tokenFrom(mail),
    };
  }

  const expire = (invitationId: string) =>
    fixtures.dataSource.query(`UPDATE invitations SET expires_at = now() - interval '1 minute' WHERE id = $1`, [
      invitationId,
    ]);

  describe('preview', () => {
    it('shows company, customer number, address, inviter, roles with their permissions, and expiry', async () => {
      const { tenant, admin, buyerRole, email, token } = await invited();
      const { body } = await post('/api/invitations/preview', { token }).expect(200);
      expect(body).toEqual({
        status: 'pending',
        companyName: 'Acme Devices GmbH',
        customerNumber: tenant.customerNumber,
        email,
        invitedBy: { id: admin.id, name: 'Alex Admin', email: admin.email },
        roles: [{ id: buyerRole, name: 'Buyer', permissions: ['orders.read', 'invoices.read'] }],
        expiresAt: expect.any(String),
        accountExists: false,
      });
    });

    it('tells expired, revoked, accepted, replaced and unknown links apart', async () => {
      const expired = await invited();
      await expire(expired.invitationId);
      expect((await post('/api/invitations/preview', { token: expired.token })).body).toMatchObject({
        status: 'expired',
      });

      const revoked = await invited();
      await api
        .http()
        .delete(`/api/tenants/${revoked.tenant.id}/invitations/${revoked.invitationId}`)
        .set('Authorization', `Bearer ${revoked.adminToken}`)
        .expect(204);
      expect((await post('/api/invitations/preview', { token: revoked.token })).body).toMatchObject({
        status: 'revoked',
        invitedBy: expect.objectContaining({ name: 'Alex Admin' }),
      });

      const replaced = await invited();
      await post(
        `/api/tenants/${replaced.tenant.id}/invitations/${replaced.invitationId}/resend`,
        {},
        replaced.adminToken,
      ).expect(200);
      expect((await post('/api/invitations/preview', { token: replaced.token })).body).toMatchObject({
        status: 'invalid',
        reason: 'replaced',
        companyName: 'Acme Devices GmbH',
      });

      const used = await invited();
      await post('/api/invitations/register', { token: used.token, name: 'Used', password: STRONG }).expect(201);
      expect((await post('/api/invitations/preview', { token: used.token })).body).toMatchObject({
        status: 'accepted',
      });

      expect((await post('/api/invitations/preview', { token: 'x'.repeat(43) })).body).toEqual({
        status: 'invalid',
        reason: 'unknown',
      });
    });
  });

  describe('register', () => {
    it('creates the account for the invited address, logs in, joins with the roles as they are now, and welcomes', async () => {
      const { tenant, buyerRole, email, token } = await invited(uniqueAddress('New.Person'), 'de');
      const dropped = await fixtures.role(tenant.id, ['reports.read'], 'Dropped');
      await fixtures.dataSource.query(
        `INSERT INTO invitation_roles (invitation_id, tenant_id, role_id) SELECT id, tenant_id, $2 FROM invitations WHERE tenant_id = $1`,
        [tenant.id, dropped],
      );
      await fixtures.dataSource.query('DELETE FROM roles WHERE id = $1', [dropped]);
      await fixtures.dataSource.query(`UPDATE roles SET permissions = '{devices.read}' WHERE id = $1`, [buyerRole]);

      const response = await post('/api/invitations/register', { token, name: '  Nora Neu ', password: STRONG }).expect(
        201,
      );
      expect(response.body).toEqual({ accessToken: expect.any(String), expiresIn: 900, tokenType: 'Bearer' });
      expect(String(response.headers['set-cookie'])).toContain('cloudhub_refresh=');
      const me = await api
        .http()
        .get('/api/me')
        .set('Authorization', `Bearer ${response.body.accessToken}`)
        .expect(200);
      expect(me.body).toMatchObject({ email, name: 'Nora Neu', language: 'de' });
      expect(me.body.memberships).toEqual([
        expect.objectContaining({
          tenantId: tenant.id,
          permissions: ['devices.read'],
          roles: [{ id: buyerRole, name: 'Buyer' }],
          restricted: false,
          tourPending: true,
        }),
      ]);
      // The password works for a normal login, too.
      await post('/api/auth/login', { email, password: STRONG }).expect(200);

      const mails = await waitForMail(api, email, 2);
      expect(mails[0].subject).toBe('Willkommen bei CloudHub');
      expect(mails[0].text).toContain('https://portal.example.test/login');
      expect(mails[0].text).toContain(tenant.customerNumber);
    });

    it('uses the language the invitee read the page in, when given', async () => {
      const { email, token } = await invited(uniqueAddress('reader'), 'de');
      const { body } = await post('/api/invitations/register', {
        token,
        name: 'Reader',
        password: STRONG,
        language: 'en',
      }).expect(201);
      const me = await api.http().get('/api/me').set('Authorization', `Bearer ${body.accessToken}`).expect(200);
      expect(me.body.language).toBe('en');
      const mails = await waitForMail(api, email, 2);
      expect(mails[0].subject).toBe('Welcome to CloudHub');
    });

    it('never takes an address from the request body', async () => {
      const { token } = await invited();
      const response = await post('/api/invitations/register', {
        token,
        name: 'X',
        password: STRONG,
        email: 'evil@example.test',
      }).expect(400);
      expect(response.body.errors).toContainEqual(expect.objectContaining({ field: 'email', code: 'unknownField' }));
    });

    it.each([
      ['too short', 'short password', 'too_short'],
      ['from breach lists', '123456789987654321', 'breached'],
      ['built on the product name', 'my cloudhub password again', 'contains_context'],
      ['built on the company', 'acme devices is where i work', 'contains_context'],
      ['built on the address', 'PLACEHOLDER', 'contains_context'],
      ['easy to guess', 'abcdefgabcdefgabcdefg', 'easy_to_guess'],
    ])('refuses a password %s with the reason, and uses nothing up', async (_label, password, code) => {
      const { email, token } = await invited();
      const attempt = password === 'PLACEHOLDER' ? `${email.split('@')[0]} is me` : password;
      const response = await post('/api/invitations/register', { token, name: 'Nora', password: attempt }).expect(400);
      expect(response.body.code).toBe('password_too_weak');
      expect(response.body.errors).toContainEqual(expect.objectContaining({ field: 'password', code }));
      expect((await post('/api/invitations/preview', { token })).body.status).toBe('pending');
    });

    it('does not truncate: a password sharing its first 72 bytes with the real one does not log in', async () => {
      const { email, token } = await invited();
      const long = `${'seventy two bytes are where bcrypt stops reading, '.repeat(2)}and this is the end`;
      await post('/api/invitations/register', { token, name: 'Long', password: long }).expect(201);
      await post('/api/auth/login', { email, password: `${long.slice(0, 72)} something else entirely` }).expect(401);
      await post('/api/auth/login', { email, password: long }).expect(200);
    });

    it('refuses a second account for an existing address (log in and accept instead)', async () => {
      const existing = await fixtures.user({ email: uniqueAddress('existing') });
      const { token } = await invited(existing.email);
      expect((await post('/api/invitations/preview', { token })).body.accountExists).toBe(true);
      const response = await post('/api/invitations/register', { token, name: 'Twin', password: STRONG }).expect(409);
      expect(response.body.code).toBe('account_exists');
    });

    it('lets exactly one of 20 parallel registrations with one link succeed', async () => {
      const { email, token, tenant } = await invited();
      const attempts = await Promise.all(
        Array.from({ length: 20 }, (_, i) =>
          post('/api/invitations/register', { token, name: `Racer ${i}`, password: STRONG }),
        ),
      );
      const statuses = attempts.map((attempt) => attempt.status);
      expect(statuses.filter((status) => status === 201)).toHaveLength(1);
      expect(statuses.filter((status) => status === 409)).toHaveLength(19);
      const [{ users }] = await fixtures.dataSource.query(
        'SELECT count(*)::int AS users FROM users WHERE lower(email) = lower($1)',
        [email],
      );
      const [{ members }] = await fixtures.dataSource.query(
        'SELECT count(*)::int AS members FROM memberships m JOIN users u ON u.id = m.user_id WHERE m.tenant_id = $1 AND lower(u.email) = lower($2)',
        [tenant.id, email],
      );
      expect({ users, members }).toEqual({ users: 1, members: 1 });
    });

    it('refuses expired and withdrawn links with their own codes', async () => {
      const expired = await invited();
      await expire(expired.invitationId);
      const late = await post('/api/invitations/register', {
        token: expired.token,
        name: 'Late',
        password: STRONG,
      }).expect(410);
      expect(late.body.code).toBe('invitation_expired');
      const unknown = await post('/api/invitations/register', {
        token: 'y'.repeat(43),
        name: 'Nobody',
        password: STRONG,
      }).expect(404);
      expect(unknown.body.code).toBe('invitation_invalid');
    });
  });

  describe('accept', () => {
    it('joins the logged-in invited account, once', async () => {
      const person = await fixtures.user({ email: uniqueAddress('Existing.Case') });
      const { tenant, token } = await invited(person.email.toUpperCase());
      const personToken = await fixtures.login(person.email);
      const accepted = await post('/api/invitations/accept', { token }, personToken).expect(200);
      expect(accepted.body).toEqual({
        tenantId: tenant.id,
        customerNumber: tenant.customerNumber,
        companyName: 'Acme Devices GmbH',
      });
      await api
        .http()
        .get(`/api/tenants/${tenant.id}/orders`)
        .set('Authorization', `Bearer ${personToken}`)
        .expect(200);
      const again = await post('/api/invitations/accept', { token }, personToken).expect(409);
      expect(again.body.code).toBe('invitation_already_used');
    });

    it('refuses another logged-in account and leaves the invitation open', async () => {
      const { token, email } = await invited();
      const stranger = await fixtures.user({ email: uniqueAddress('stranger') });
      const response = await post('/api/invitations/accept', { token }, await fixtures.login(stranger.email)).expect(
        403,
      );
      expect(response.body).toMatchObject({ code: 'invitation_email_mismatch', invitedEmail: email });
      expect((await post('/api/invitations/preview', { token })).body.status).toBe('pending');
    });

    it('needs a login', async () => {
      const { token } = await invited();
      await post('/api/invitations/accept', { token }).expect(401);
    });
  });

  describe('asking for a new link', () => {
    it('e-mails the inviting admin with a link to the marked row, once an hour; a resend clears the mark', async () => {
      const { tenant, admin, adminToken, email, token, invitationId } = await invited();
      await post('/api/invitations/renewal-request', { token }).expect(409); // still valid
      await expire(invitationId);
      const asked = await post('/api/invitations/renewal-request', { token }).expect(202);
      expect(asked.body).toEqual({
        renewalRequestedAt: expect.any(String),
        askedAdmin: { id: admin.id, name: 'Alex Admin', email: admin.email },
      });
      const [mail] = await waitForMail(api, admin.email);
      expect(mail.subject).toBe(`${email} asks for a new invitation link`);
      expect(mail.text).toContain(
        `https://portal.example.test/c/${tenant.customerNumber}/users?tab=invitations&invitation=${invitationId}`,
      );
      const list = () =>
        api.http().get(`/api/tenants/${tenant.id}/invitations`).set('Authorization', `Bearer ${adminToken}`);
      expect((await list()).body.items[0]).toMatchObject({
        id: invitationId,
        renewalRequestedAt: asked.body.renewalRequestedAt,
      });

      const again = await post('/api/invitations/renewal-request', { token }).expect(429);
      expect(again.body.code).toBe('renewal_already_requested');
      expect(await waitForMail(api, admin.email)).toHaveLength(1);

      await post(`/api/tenants/${tenant.id}/invitations/${invitationId}/resend`, {}, adminToken).expect(200);
      expect((await list()).body.items[0].renewalRequestedAt).toBeNull();
    });
  });
});

describe('restricted members, the tour and leaving', () => {
  let api: TestApp;
  let fixtures: Fixtures;

  beforeAll(async () => {
    api = await createTestApp({ devMailbox: true });
    fixtures = new Fixtures(api);
  });
  afterAll(() => api.close());

  async function customerWithAdmins() {
    const tenant = await fixtures.tenant('Beta Logistics AG');
    const adminRole = await fixtures.role(tenant.id, ['users.manage'], 'Administrator');
    const admins = [];
    for (const name of ['First Admin', 'Second Admin']) {
      const admin = await fixtures.user({ name, language: name.startsWith('First') ? 'en' : 'de' });
      await fixtures.member(tenant.id, admin.id, [adminRole]);
      admins.push(admin);
    }
    return { tenant, adminRole, admins };
  }

  it('lets a restricted member ask every admin for access, once an hour', async () => {
    const { tenant, admins } = await customerWithAdmins();
    const member = await fixtures.user({ name: 'Rita Restricted' });
    await fixtures.member(tenant.id, member.id);
    const token = await fixtures.login(member.email);
    const ask = () =>
      api
        .http()
        .post(`/api/tenants/${tenant.id}/access-requests`)
        .set('Authorization', `Bearer ${token}`)
        .send({ message: 'I need invoices' });
    expect((await ask().expect(202)).body).toEqual({ adminsNotified: 2 });
    const [english] = await waitForMail(api, admins[0].email);
    const [german] = await waitForMail(api, admins[1].email);
    expect(english.subject).toBe('Rita Restricted asks for access to Beta Logistics AG');
    expect(english.text).toContain(member.email);
    expect(english.text).toContain('I need invoices');
    expect(english.text).toContain(`/users?user=${member.id}`);
    expect(german.subject).toBe('Rita Restricted bittet um Zugriff auf Beta Logistics AG');
    const again = await ask().expect(429);
    expect(again.body.code).toBe('access_request_throttled');
  });

  it('refuses an access request from a member who has rights', async () => {
    const { tenant, token } = await fixtures.memberWith(['orders.read']);
    const response = await api
      .http()
      .post(`/api/tenants/${tenant.id}/access-requests`)
      .set('Authorization', `Bearer ${token}`)
      .send({})
      .expect(409);
    expect(response.body.code).toBe('not_restricted');
  });

  it('keeps the tour state on the server: pending with rights, done after skip, pending again on replay', async () => {
    const { tenant, token } = await fixtures.memberWith(['orders.read']);
    const tourPending = async () =>
      (await api.http().get('/api/me').set('Authorization', `Bearer ${token}`)).body.memberships[0]
        .tourPending as boolean;
    const setTour = (done: unknown) =>
      api.http().put(`/api/me/memberships/${tenant.id}/tour`).set('Authorization', `Bearer ${token}`).send({ done });
    expect(await tourPending()).toBe(true);
    await setTour(true).expect(204);
    expect(await tourPending()).toBe(false);
    await setTour(false).expect(204);
    expect(await tourPending()).toBe(true);
    const bad = await setTour('yes').expect(400);
    expect(bad.body.errors).toContainEqual(expect.objectContaining({ field: 'done', code: 'isBoolean' }));
  });

  it('lets a member leave: access ends at once and every admin is e-mailed', async () => {
    const { tenant, admins } = await customerWithAdmins();
    const member = await fixtures.user({ name: 'Leo Leaving' });
    await fixtures.member(tenant.id, member.id);
    const token = await fixtures.login(member.email);
    await api.http().delete(`/api/me/memberships/${tenant.id}`).set('Authorization', `Bearer ${token}`).expect(204);
    await api
      .http()
      .post(`/api/tenants/${tenant.id}/feedback`)
      .set('Authorization', `Bearer ${token}`)
      .send({ message: 'hi' })
      .expect(404);
    for (const admin of admins) {
      const [mail] = await waitForMail(api, admin.email);
      expect(mail.subject).toMatch(/Leo Leaving (left|hat) Beta Logistics AG/);
    }
    const [event] = await fixtures.dataSource.query(
      `SELECT action, actor_id FROM audit_events WHERE tenant_id = $1 AND target_id = $2`,
      [tenant.id, member.id],
    );
    expect(event).toEqual({ action: 'member.left', actor_id: member.id });
  });

  it('does not let the last admin leave', async () => {
    const tenant = await fixtures.tenant();
    const admin = await fixtures.user();
    await fixtures.member(tenant.id, admin.id, [await fixtures.role(tenant.id, ['users.manage'])]);
    const token = await fixtures.login(admin.email, PASSWORD);
    const response = await api
      .http()
      .delete(`/api/me/memberships/${tenant.id}`)
      .set('Authorization', `Bearer ${token}`)
      .expect(409);
    expect(response.body.code).toBe('last_admin');
  });
});
