import { Fixtures, uniqueAddress } from './support/fixtures';
import { eventually, tokenFrom, waitForMail } from './support/mailbox';
import { createTestApp, type TestApp } from './support/test-app';
import { hashInvitationToken } from '../src/invitations/invitation-token';

describe('invitations', () => {
  let api: TestApp;
  let fixtures: Fixtures;

  beforeAll(async () => {
    api = await createTestApp({ devMailbox: true, env: { APP_URL: 'https://portal.example.test' } });
    fixtures = new Fixtures(api);
  });
  afterAll(() => api.close());

  async function admin(options: { language?: 'en' | 'de' } = {}) {
    const tenant = await fixtures.tenant('Acme Devices GmbH');
    if (options.language)
      await fixtures.dataSource.query('UPDATE tenants SET language = $2 WHERE id = $1', [tenant.id, options.language]);
    const adminRole = await fixtures.role(tenant.id, ['users.manage'], 'Administrator');
    const buyerRole = await fixtures.role(tenant.id, ['orders.read', 'invoices.read'], 'Buyer');
    const user = await fixtures.user({ name: 'Alex Admin' });
    await fixtures.member(tenant.id, user.id, [adminRole]);
    const token = await fixtures.login(user.email);
    const base = `/api/tenants/${tenant.id}/invitations`;
    return {
      tenant,
      user,
      adminRole,
      buyerRole,
      invite: (body: object) => api.http().post(base).set('Authorization', `Bearer ${token}`).send(body),
      list: (query = '') => api.http().get(`${base}${query}`).set('Authorization', `Bearer ${token}`),
      quota: () => api.http().get(`${base}/quota`).set('Authorization', `Bearer ${token}`),
      resend: (id: string) => api.http().post(`${base}/${id}/resend`).set('Authorization', `Bearer ${token}`),
      remove: (id: string) => api.http().delete(`${base}/${id}`).set('Authorization', `Bearer ${token}`),
    };
  }

  it('invites: 201 with the row, and the e-mail goes out with a link in the fragment', async () => {
    const { tenant, user, buyerRole, invite, list } = await admin();
    const email = uniqueAddress('New.Colleague');
    const response = await invite({ email: `  ${email}  `, roleIds: [buyerRole] }).expect(201);
    expect(response.body).toMatchObject({
      email,
      roles: [{ id: buyerRole, name: 'Buyer' }],
      invitedBy: { id: user.id, name: 'Alex Admin', email: user.email },
      status: 'pending',
      delivery: 'queued',
      sendCount: 1,
      language: 'en',
    });
    const lifetime = Date.parse(response.body.expiresAt) - Date.parse(response.body.sentAt);
    expect(lifetime).toBe(24 * 3600 * 1000);

    const [mail] = await waitForMail(api, email);
    expect(mail.subject).toBe('Alex Admin invited you to Acme Devices GmbH on CloudHub');
    expect(mail.text).toContain(tenant.customerNumber);
    expect(mail.text).toMatch(/https:\/\/portal\.example\.test\/invite#token=[A-Za-z0-9_-]{43}/);
    expect(mail.messageId).toMatch(/^<[0-9a-f-]{36}@cloudhub\.example>$/);

    // Only the hash is stored.
    const token = tokenFrom(mail);
    const stored = await fixtures.dataSource.query(
      'SELECT token_hash FROM invitation_tokens WHERE invitation_id = $1',
      [response.body.id],
    );
    expect(stored).toEqual([{ token_hash: hashInvitationToken(token) }]);
    const jobs = await fixtures.dataSource.query(`SELECT data::text AS data FROM pgboss.job WHERE data->>'to' = $1`, [
      email,
    ]);
    expect(JSON.stringify(jobs)).not.toContain(token);

    await eventually(async () => {
      const { body } = await list();
      expect(body.items.find((item: { id: string }) => item.id === response.body.id)).toMatchObject({
        delivery: 'sent',
      });
    });
  });

  it('writes the e-mail in the customer’s language unless the admin picks one', async () => {
    const { invite } = await admin({ language: 'de' });
    const german = uniqueAddress('german');
    const english = uniqueAddress('english');
    await invite({ email: german, roleIds: [] }).expect(201);
    await invite({ email: english, roleIds: [], language: 'en' }).expect(201);
    expect((await waitForMail(api, german))[0].subject).toContain('eingeladen');
    expect((await waitForMail(api, english))[0].subject).toContain('invited you');
  });

  it.each([
    ['a line break', 'anna@example.com\r\nBcc: all@example.com'],
    ['a quoted local part', '"anna smith"@example.com'],
    ['a list', 'anna@example.com, bob@example.com'],
    ['an over-long value', `${'a'.repeat(64)}@${'b'.repeat(200)}.com`],
    ['nothing', '   '],
  ])('refuses %s as the address with a field error', async (_label, email) => {
    const { invite } = await admin();
    const response = await invite({ email, roleIds: [] }).expect(400);
    expect(response.body.errors).toContainEqual({
      field: 'email',
      message: 'must be a single e-mail address such as name@example.com',
      code: 'isPlainEmail',
    });
  });

  it('refuses roles of another customer', async () => {
    const { invite } = await admin();
    const other = await admin();
    const response = await invite({ email: uniqueAddress('x'), roleIds: [other.buyerRole] }).expect(400);
    expect(response.body.errors).toEqual([
      expect.objectContaining({ field: 'roleIds', message: 'contains a role this customer does not have' }),
    ]);
  });

  it('says already_member for a member, in any case of the address', async () => {
    const { tenant, invite } = await admin();
    const member = await fixtures.user({ email: uniqueAddress('Member') });
    await fixtures.member(tenant.id, member.id);
    const response = await invite({ email: member.email.toUpperCase(), roleIds: [] }).expect(409);
    expect(response.body).toMatchObject({
      code: 'already_member',
      errors: [expect.objectContaining({ field: 'email', message: expect.any(String) })],
    });
  });

  it('says invitation_exists with the id to resend, for an open invitation in any case', async () => {
    const { invite } = await admin();
    const email = uniqueAddress('twice');
    const first = await invite({ email, roleIds: [] }).expect(201);
    const second = await invite({ email: email.toUpperCase(), roleIds: [] }).expect(409);
    expect(second.body).toMatchObject({ code: 'invitation_exists', invitationId: first.body.id });
  });

  it('lets exactly one of two simultaneous invitations of one address through', async () => {
    const { invite } = await admin();
    const email = uniqueAddress('race');
    const responses = await Promise.all([invite({ email, roleIds: [] }), invite({ email, roleIds: [] })]);
    expect(responses.map((response) => response.status).sort()).toEqual([201, 409]);
  });

  it('resends: a new link, the old one dead, a fresh lifetime, counted, and the table says so', async () => {
    const { invite, resend, quota } = await admin();
    const email = uniqueAddress('resend');
    const created = await invite({ email, roleIds: [] }).expect(201);
    const [firstMail] = await waitForMail(api, email);
    await fixtures.dataSource.query(`UPDATE invitations SET expires_at = now() - interval '1 hour' WHERE id = $1`, [
      created.body.id,
    ]);

    const resent = await resend(created.body.id).expect(200);
    expect(resent.body).toMatchObject({ status: 'pending', sendCount: 2, delivery: 'queued' });
    expect(Date.parse(resent.body.expiresAt)).toBeGreaterThan(Date.now() + 23 * 3600 * 1000);
    const mails = await waitForMail(api, email, 2);
    const [oldToken, newToken] = [tokenFrom(firstMail), tokenFrom(mails[0])];
    expect(newToken).not.toBe(oldToken);
    const tokens = await fixtures.dataSource.query(
      'SELECT token_hash, replaced_at IS NOT NULL AS replaced FROM invitation_tokens WHERE invitation_id = $1 ORDER BY created_at',
      [created.body.id],
    );
    expect(tokens).toEqual([
      { token_hash: hashInvitationToken(oldToken), replaced: true },
      { token_hash: hashInvitationToken(newToken), replaced: false },
    ]);
    expect((await quota().expect(200)).body.remaining).toBe(48);
  });

  it('deletes after which it is listed as revoked by that admin, refunding nothing; a resend opens it again', async () => {
    const { invite, remove, list, quota, resend } = await admin();
    const created = await invite({ email: uniqueAddress('gone'), roleIds: [] }).expect(201);
    await remove(created.body.id).expect(204);
    const { body } = await list().expect(200);
    expect(body.items.map((item: { id: string }) => item.id)).not.toContain(created.body.id);
    expect((await quota()).body.remaining).toBe(49);
    await remove(created.body.id).expect(404);
    const revoked = await list('?status=revoked').expect(200);
    expect(revoked.body.items).toEqual([
      expect.objectContaining({
        id: created.body.id,
        status: 'revoked',
        revokeReason: 'deleted',
        revokedBy: expect.objectContaining({ email: created.body.invitedBy.email }),
      }),
    ]);
    const reopened = await resend(created.body.id).expect(200);
    expect(reopened.body).toMatchObject({ status: 'pending', revokedAt: null, revokeReason: null, sendCount: 2 });
    expect((await list('?status=revoked').expect(200)).body.items).toEqual([]);
  });

  it('lists newest first with status and e-mail filters and keyset paging', async () => {
    const { invite, list } = await admin();
    const ids: string[] = [];
    for (const label of ['alpha', 'beta', 'gamma', 'delta']) {
      ids.push((await invite({ email: uniqueAddress(label), roleIds: [] }).expect(201)).body.id);
    }
    await fixtures.dataSource.query(`UPDATE invitations SET expires_at = now() - interval '1 minute' WHERE id = $1`, [
      ids[1],
    ]);
    const page1 = await list('?limit=3').expect(200);
    expect(page1.body.items.map((item: { id: string }) => item.id)).toEqual([ids[3], ids[2], ids[1]]);
    const page2 = await list(`?limit=3&cursor=${page1.body.nextCursor}`).expect(200);
    expect(page2.body).toEqual({ items: [expect.objectContaining({ id: ids[0] })], nextCursor: null });
    const expired = await list('?status=expired').expect(200);
    expect(expired.body.items.map((item: { id: string; status: string }) => [item.id, item.status])).toEqual([
      [ids[1], 'expired'],
    ]);
    const pending = await list('?status=pending').expect(200);
    expect(pending.body.items).toHaveLength(3);
    const byText = await list('?q=GAMM').expect(200);
    expect(byText.body.items.map((item: { id: string }) => item.id)).toEqual([ids[2]]);
    const bad = await list('?status=lost&limit=500').expect(400);
    expect(bad.body.errors.map((error: { field: string }) => error.field).sort()).toEqual(['limit', 'status']);
  });

  it('answers 404 for another customer’s invitation and changes nothing', async () => {
    const mine = await admin();
    const theirs = await admin();
    const foreign = await theirs.invite({ email: uniqueAddress('foreign'), roleIds: [] }).expect(201);
    await mine.resend(foreign.body.id).expect(404);
    await mine.remove(foreign.body.id).expect(404);
    await mine.resend('not-a-uuid').expect(404);
    const { body } = await theirs.list();
    expect(body.items.find((item: { id: string }) => item.id === foreign.body.id)).toMatchObject({ sendCount: 1 });
  });

  it('shows the current roles of an open invitation: a deleted role drops out, a renamed one is renamed', async () => {
    const { tenant, invite, list } = await admin();
    const keep = await fixtures.role(tenant.id, ['orders.read'], 'Keep');
    const drop = await fixtures.role(tenant.id, ['reports.read'], 'Drop');
    const created = await invite({ email: uniqueAddress('roles'), roleIds: [keep, drop] }).expect(201);
    await fixtures.dataSource.query('DELETE FROM roles WHERE id = $1', [drop]);
    await fixtures.dataSource.query(`UPDATE roles SET name = 'Kept' WHERE id = $1`, [keep]);
    const { body } = await list();
    expect(body.items.find((item: { id: string }) => item.id === created.body.id).roles).toEqual([
      { id: keep, name: 'Kept' },
    ]);
  });
});
