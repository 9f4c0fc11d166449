import { randomUUID } from 'node:crypto';
import { Fixtures, uniqueAddress } from './support/fixtures';
import { waitForMail } from './support/mailbox';
import { createTestApp, randomClientIp, type TestApp } from './support/test-app';

const DAILY_LIMIT = 12;

interface Row {
  id: string;
  email: string | null;
  outcome: string;
  errors: { field: string; code: string }[];
}

/** Resending and deleting many invitations at once, and "Resend all expired": dry runs, outcomes, the quota. */
describe('bulk invitation actions', () => {
  let api: TestApp;
  let fixtures: Fixtures;

  beforeAll(async () => {
    api = await createTestApp({ devMailbox: true, env: { INVITATION_DAILY_LIMIT: String(DAILY_LIMIT) } });
    fixtures = new Fixtures(api);
  });
  afterAll(() => api.close());

  async function admin(tenant?: { id: string; customerNumber: string }) {
    const {
      tenant: customer,
      user,
      token,
    } = await fixtures.memberWith(['users.manage'], { tenant, name: 'Ada Admin' });
    const path = `/api/tenants/${customer.id}/invitations`;
    const post = (suffix: string, body: object) =>
      api.http(randomClientIp()).post(`${path}${suffix}`).set('Authorization', `Bearer ${token}`).send(body);
    const invite = async (email = uniqueAddress('invitee')) =>
      (await post('', { email, roleIds: [] }).expect(201)).body.id as string;
    return {
      tenant: customer,
      user,
      post,
      invite,
      resend: (body: object) => post('/bulk-resend', body),
      remove: (body: object) => post('/bulk-delete', body),
      resendExpired: (body: object) => post('/resend-expired', body),
    };
  }

  const outcomes = (rows: Row[]) => rows.map((row) => row.outcome);

  /**
   * What a bulk action could change: invitations, links, audit events, counted e-mails, queued e-mails. Not the
   * delivery state, which the e-mail worker moves on by itself (queued, then sent) while the test runs.
   */
  const snapshot = async (tenantId: string) => {
    const [row] = await fixtures.dataSource.query(
      `SELECT (SELECT json_agg(to_jsonb(i) - 'delivery' - 'delivery_error' ORDER BY i.id)::text
                 FROM invitations i WHERE tenant_id = $1) AS invitations,
              (SELECT count(*)::int FROM invitation_tokens t JOIN invitations i ON i.id = t.invitation_id
                WHERE i.tenant_id = $1) AS tokens,
              (SELECT count(*)::int FROM audit_events WHERE tenant_id = $1) AS events,
              (SELECT count(*)::int FROM rate_limit_hits WHERE key LIKE 'invitation-quota:%') AS hits,
              (SELECT count(*)::int FROM pgboss.job WHERE name = 'mail-send') AS mails`,
      [tenantId],
    );
    return row as Record<string, unknown>;
  };

  const revoke = (id: string) =>
    fixtures.dataSource.query(`UPDATE invitations SET revoked_at = now(), revoke_reason = 'deleted' WHERE id = $1`, [
      id,
    ]);
  const accept = (id: string) =>
    fixtures.dataSource.query('UPDATE invitations SET accepted_at = now() WHERE id = $1', [id]);
  const expire = (ids: string[], agoSeconds = 60) =>
    fixtures.dataSource.query(
      `UPDATE invitations SET expires_at = now() - make_interval(secs => $2) WHERE id = ANY($1::uuid[])`,
      [ids, agoSeconds],
    );

  it('says in a dry run what would happen to each invitation and what it costs, and changes nothing', async () => {
    const { tenant, invite, resend, remove } = await admin();
    const open = await invite();
    const revoked = await invite();
    await revoke(revoked);
    const joinedEmail = uniqueAddress('joined');
    const joined = await invite(joinedEmail);
    await revoke(joined);
    await fixtures.member(tenant.id, (await fixtures.user({ email: joinedEmail })).id);
    const reinvitedEmail = uniqueAddress('reinvited');
    const oldOne = await invite(reinvitedEmail);
    await revoke(oldOne);
    const newOne = await invite(reinvitedEmail);
    const accepted = await invite();
    await accept(accepted);
    const stranger = await (await admin()).invite();
    const unknown = randomUUID();
    const before = await snapshot(tenant.id);
    const ids = [open, revoked, joined, oldOne, accepted, stranger, unknown];

    const { body } = await resend({ dryRun: true, ids }).expect(200);

    expect(outcomes(body.rows)).toEqual([
      'will_resend',
      'will_reopen',
      'already_member',
      'already_invited',
      'not_found',
      'not_found',
      'not_found',
    ]);
    expect(body.rows.map((row: Row) => row.id)).toEqual(ids);
    expect(body.rows[3].errors).toEqual([expect.objectContaining({ field: 'email', code: 'invited' })]);
    expect(body.rows[5]).toEqual({
      id: stranger,
      email: null,
      outcome: 'not_found',
      errors: [expect.objectContaining({ field: 'id', code: 'notFound' })],
    });
    expect(body).toMatchObject({ dryRun: true, cost: 2, quota: { limit: DAILY_LIMIT, remaining: DAILY_LIMIT - 6 } });
    const deletion = (await remove({ dryRun: true, ids }).expect(200)).body;
    expect(outcomes(deletion.rows)).toEqual([
      'will_delete',
      'not_found',
      'not_found',
      'not_found',
      'not_found',
      'not_found',
      'not_found',
    ]);
    expect(deletion.rows[5].email).toBeNull();
    expect(await snapshot(tenant.id)).toEqual(before);
    expect(newOne).toBeDefined();
  });

  it('resends and reopens each in its own transaction, with a new link and e-mail each, and reports each', async () => {
    const { tenant, invite, resend } = await admin();
    const emails = [uniqueAddress('open'), uniqueAddress('revoked')];
    const [open, revoked] = [await invite(emails[0]), await invite(emails[1])];
    await revoke(revoked);
    const accepted = await invite();
    await accept(accepted);
    await waitForMail(api, emails[0]);

    const { body } = await resend({ dryRun: false, ids: [open, accepted, revoked] }).expect(200);

    expect(outcomes(body.rows)).toEqual(['resent', 'not_found', 'reopened']);
    expect(body.cost).toBe(2);
    expect(body.quota.remaining).toBe(DAILY_LIMIT - 5);
    await waitForMail(api, emails[0], 2);
    await waitForMail(api, emails[1], 2);
    const rows = await fixtures.dataSource.query(
      `SELECT send_count, revoked_at FROM invitations WHERE id = ANY($1::uuid[]) ORDER BY email`,
      [[open, revoked]],
    );
    expect(rows).toEqual([
      { send_count: 2, revoked_at: null },
      { send_count: 2, revoked_at: null },
    ]);
    const events = await fixtures.dataSource.query(
      `SELECT action, after->>'reopened' AS reopened FROM audit_events
        WHERE tenant_id = $1 AND action = 'invitation.resent' ORDER BY target_label`,
      [tenant.id],
    );
    expect(events).toEqual([
      { action: 'invitation.resent', reopened: 'false' },
      { action: 'invitation.resent', reopened: 'true' },
    ]);
  });

  it('reopens only the first of two revoked invitations of one address', async () => {
    const { invite, resend } = await admin();
    const email = uniqueAddress('twice');
    const first = await invite(email);
    await revoke(first);
    const second = await invite(email);
    await revoke(second);
    const preview = (await resend({ dryRun: true, ids: [second, first] }).expect(200)).body;
    expect(outcomes(preview.rows)).toEqual(['will_reopen', 'already_invited']);
    const sent = (await resend({ dryRun: false, ids: [second, first] }).expect(200)).body;
    expect(outcomes(sent.rows)).toEqual(['reopened', 'already_invited']);
  });

  it('deletes open invitations, reports the others, and a deleted one can be sent again', async () => {
    const { tenant, invite, remove, resend } = await admin();
    const [one, two] = [await invite(), await invite()];
    const stranger = await (await admin()).invite();
    const { body } = await remove({ dryRun: false, ids: [one, stranger, two] }).expect(200);
    expect(outcomes(body.rows)).toEqual(['deleted', 'not_found', 'deleted']);
    const revoked = await fixtures.dataSource.query(
      `SELECT id FROM invitations WHERE tenant_id = $1 AND revoked_at IS NOT NULL AND revoke_reason = 'deleted'`,
      [tenant.id],
    );
    expect(revoked.map((row: { id: string }) => row.id).sort()).toEqual([one, two].sort());
    const [strangerRow] = await fixtures.dataSource.query('SELECT revoked_at FROM invitations WHERE id = $1', [
      stranger,
    ]);
    expect(strangerRow.revoked_at).toBeNull();
    expect(outcomes((await remove({ dryRun: false, ids: [one] }).expect(200)).body.rows)).toEqual(['not_found']);
    expect(outcomes((await resend({ dryRun: false, ids: [one] }).expect(200)).body.rows)).toEqual(['reopened']);
  });

  it('keeps the quota exact when two bulk resends of one admin run at once', async () => {
    const { tenant, resend } = await admin();
    // Invited by another admin of the customer, so that the resending admin's quota is all there.
    const { invite } = await admin(tenant);
    const ids: string[] = [];
    for (let i = 0; i < 10; i++) ids.push(await invite());
    const otherIds: string[] = [];
    const { invite: inviteMore } = await admin(tenant);
    for (let i = 0; i < 10; i++) otherIds.push(await inviteMore());
    const results = await Promise.all([
      resend({ dryRun: false, ids }).expect(200),
      resend({ dryRun: false, ids: otherIds }).expect(200),
    ]);
    const all = results.flatMap((response) => response.body.rows as Row[]);
    expect(all.filter((row) => row.outcome === 'resent')).toHaveLength(DAILY_LIMIT);
    expect(all.filter((row) => row.outcome === 'over_daily_limit')).toHaveLength(20 - DAILY_LIMIT);
    const [{ resent }] = await fixtures.dataSource.query(
      'SELECT count(*)::int AS resent FROM invitations WHERE tenant_id = $1 AND send_count = 2',
      [tenant.id],
    );
    expect(resent).toBe(DAILY_LIMIT);
  });

  it('previews "Resend all expired" with more expired than the quota allows, then sends what fits', async () => {
    const { tenant, resendExpired } = await admin();
    const ids: string[] = [];
    for (let inviter = 0; inviter < 2; inviter++) {
      const { invite } = await admin(tenant);
      for (let i = 0; i < 10; i++) ids.push(await invite());
    }
    await expire(ids.slice(0, 10), 7200);
    await expire(ids.slice(10), 60);
    const asked = ids[0];
    await fixtures.dataSource.query('UPDATE invitations SET renewal_requested_at = now() WHERE id = $1', [asked]);
    const pending = await (await admin(tenant)).invite();
    const before = await snapshot(tenant.id);

    const preview = (await resendExpired({ dryRun: true }).expect(200)).body;

    expect(preview).toMatchObject({ dryRun: true, expired: 20, cost: DAILY_LIMIT, staysExpired: 20 - DAILY_LIMIT });
    expect(preview.quota.remaining).toBe(DAILY_LIMIT);
    const chosen = preview.rows.map((row: Row) => row.id);
    // Who asked for a new link first, then the most recently expired.
    expect(chosen[0]).toBe(asked);
    expect(new Set(chosen.slice(1, 11))).toEqual(new Set(ids.slice(10)));
    expect(chosen).not.toContain(pending);
    expect(await snapshot(tenant.id)).toEqual(before);

    const sent = (await resendExpired({ dryRun: false }).expect(200)).body;
    expect(sent).toMatchObject({ dryRun: false, expired: 20, cost: DAILY_LIMIT, staysExpired: 20 - DAILY_LIMIT });
    expect(sent.rows.map((row: Row) => row.id)).toEqual(chosen);
    expect(new Set(outcomes(sent.rows))).toEqual(new Set(['resent']));
    const after = (await resendExpired({ dryRun: true }).expect(200)).body;
    expect(after).toMatchObject({ expired: 20 - DAILY_LIMIT, cost: 0, rows: [], quota: { remaining: 0 } });
  });

  it('sends each expired invitation once when two admins "Resend all expired" at the same moment', async () => {
    const { tenant, invite } = await admin();
    const ids: string[] = [];
    for (let i = 0; i < 6; i++) ids.push(await invite());
    await expire(ids);
    const [first, second] = [await admin(tenant), await admin(tenant)];

    const results = await Promise.all([
      first.resendExpired({ dryRun: false }).expect(200),
      second.resendExpired({ dryRun: false }).expect(200),
    ]);

    // Whoever came second finds the invitation resent meanwhile: it is left alone, not sent twice.
    const resent = results.flatMap((response) =>
      (response.body.rows as Row[]).filter((row) => row.outcome === 'resent'),
    );
    expect(resent.map((row) => row.id).sort()).toEqual([...ids].sort());
    const sendCounts = await fixtures.dataSource.query(
      'SELECT send_count FROM invitations WHERE id = ANY($1::uuid[])',
      [ids],
    );
    expect(sendCounts.map((row: { send_count: number }) => row.send_count)).toEqual(ids.map(() => 2));
  });

  it('names expired invitations whose address had its e-mails for today, and skips them', async () => {
    const { tenant, resendExpired } = await admin();
    const { invite, post: otherPost } = await admin(tenant);
    const flooded = await invite();
    for (let i = 0; i < 4; i++) await otherPost(`/${flooded}/resend`, {}).expect(200);
    const fine = await invite();
    await expire([flooded, fine]);
    const { body } = await resendExpired({ dryRun: true }).expect(200);
    expect(body.rows.map((row: Row) => [row.id, row.outcome])).toEqual([
      [fine, 'will_resend'],
      [flooded, 'over_recipient_limit'],
    ]);
    expect(body).toMatchObject({ expired: 2, cost: 1, staysExpired: 1 });
  });

  it('takes 500 ids, refuses 501, and names the field of each malformed part', async () => {
    const { tenant, resend, remove, resendExpired } = await admin();
    const ids = Array.from({ length: 500 }, () => randomUUID());
    const before = await snapshot(tenant.id);
    const preview = (await resend({ dryRun: true, ids }).expect(200)).body;
    expect(preview.rows).toHaveLength(500);
    expect(new Set(outcomes(preview.rows))).toEqual(new Set(['not_found']));
    const fields = async (response: Promise<{ body: { errors: { field: string; code: string }[] } }>) =>
      (await response).body.errors.map((error) => `${error.field}:${error.code}`).sort();
    expect(await fields(resend({ dryRun: true, ids: [...ids, randomUUID()] }).expect(400))).toEqual([
      'ids:arrayMaxSize',
    ]);
    expect(await fields(remove({ dryRun: true, ids: [ids[0], ids[0]] }).expect(400))).toEqual(['ids:arrayUnique']);
    expect(await fields(remove({ dryRun: true, ids: [] }).expect(400))).toEqual(['ids:arrayMinSize']);
    expect(await fields(resend({ dryRun: 'yes', ids: ['x'], extra: 1 }).expect(400))).toEqual([
      'dryRun:isBoolean',
      'extra:unknownField',
      'ids:isUuid',
    ]);
    expect(await fields(resend({ ids: 'all' }).expect(400))).toEqual(
      expect.arrayContaining(['dryRun:isBoolean', 'ids:isArray']),
    );
    expect(await fields(resendExpired({ dryRun: true, ids }).expect(400))).toEqual(['ids:unknownField']);
    expect(await snapshot(tenant.id)).toEqual(before);
  });

  it('limits each client address to 30 bulk requests a minute', async () => {
    const { tenant, user } = await admin();
    const token = await fixtures.login(user.email);
    const url = `/api/tenants/${tenant.id}/invitations/resend-expired`;
    const client = api.http(randomClientIp());
    const dryRun = () => client.post(url).set('Authorization', `Bearer ${token}`).send({ dryRun: true });
    for (let i = 0; i < 30; i++) await dryRun().expect(200);
    const refused = await dryRun().expect(429);
    expect(refused.headers['retry-after']).toBeDefined();
    // Another address is not held back.
    await api
      .http(randomClientIp())
      .post(url)
      .set('Authorization', `Bearer ${token}`)
      .send({ dryRun: true })
      .expect(200);
  });

  it('refuses members without users.manage, and admins of other customers', async () => {
    const { tenant, invite } = await admin();
    const id = await invite();
    const { token } = await fixtures.memberWith(['orders.read']);
    const member = await fixtures.user();
    await fixtures.member(tenant.id, member.id, [await fixtures.role(tenant.id, ['orders.read'])]);
    const memberToken = await fixtures.login(member.email);
    const outsider = await admin();
    for (const [suffix, body] of [
      ['bulk-resend', { dryRun: true, ids: [id] }],
      ['bulk-delete', { dryRun: true, ids: [id] }],
      ['resend-expired', { dryRun: true }],
    ] as const) {
      const url = `/api/tenants/${tenant.id}/invitations/${suffix}`;
      await api.http(randomClientIp()).post(url).set('Authorization', `Bearer ${memberToken}`).send(body).expect(403);
      await api.http(randomClientIp()).post(url).set('Authorization', `Bearer ${token}`).send(body).expect(404);
      await api.http(randomClientIp()).post(url).send(body).expect(401);
      // Another customer's admin asks about this customer's invitation in their own customer.
      const own = await outsider.post(`/${suffix}`, body).expect(200);
      expect(JSON.stringify(own.body)).not.toContain(tenant.id);
    }
    const [row] = await fixtures.dataSource.query('SELECT revoked_at, send_count FROM invitations WHERE id = $1', [id]);
    expect(row).toEqual({ revoked_at: null, send_count: 1 });
  });
});
