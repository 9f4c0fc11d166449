import { Fixtures, uniqueAddress } from './support/fixtures';
import { eventually, waitForMail } from './support/mailbox';
import { createTestApp, randomClientIp, type TestApp } from './support/test-app';

const DAILY_LIMIT = 12;

/** Many invitations in one request: the dry run's verdicts, sending them, and the quota under parallel batches. */
describe('invitation batches', () => {
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
    return { tenant: customer, user, token, post, batch: (body: object) => post('/batch', body) };
  }

  const counts = async (tenantId: string) => {
    const [row] = await fixtures.dataSource.query(
      `SELECT (SELECT count(*)::int FROM invitations WHERE tenant_id = $1) AS invitations,
              (SELECT count(*)::int FROM audit_events WHERE tenant_id = $1 AND action LIKE 'invitation.%') AS events,
              (SELECT count(*)::int FROM rate_limit_hits WHERE key LIKE 'invitation-quota:%' AND key LIKE '%' || $1 || '%') AS hits`,
      [tenantId],
    );
    return row as { invitations: number; events: number; hits: number };
  };

  it('says in a dry run what would happen to each row, and changes nothing', async () => {
    const { tenant, post, batch } = await admin();
    const buyer = await fixtures.role(tenant.id, ['orders.read'], 'Buyer');
    const member = await fixtures.user({ email: uniqueAddress('member') });
    await fixtures.member(tenant.id, member.id);
    const invitedEmail = uniqueAddress('invited');
    const invited = (await post('', { email: invitedEmail, roleIds: [] }).expect(201)).body.id;
    const fresh = uniqueAddress('fresh');
    const before = await counts(tenant.id);

    const { body } = await batch({
      dryRun: true,
      rows: [
        { email: ` ${fresh} `, roleNames: ['buyer'], language: 'de' },
        { email: member.email.toUpperCase() },
        { email: invitedEmail },
        { email: fresh.toUpperCase() },
        { email: 'not an address' },
        { email: uniqueAddress('roles'), roleNames: ['Buyer', 'Owner'] },
      ],
    }).expect(200);

    expect(body.dryRun).toBe(true);
    expect(body.rows.map((row: { outcome: string }) => row.outcome)).toEqual([
      'will_invite',
      'already_member',
      'already_invited',
      'duplicate',
      'invalid_email',
      'unknown_role',
    ]);
    expect(body.rows[0]).toEqual({
      index: 0,
      email: fresh,
      outcome: 'will_invite',
      invitationId: null,
      duplicateOf: null,
      errors: [],
    });
    expect(body.rows[2].invitationId).toBe(invited);
    expect(body.rows[3]).toMatchObject({ duplicateOf: 0, errors: [{ field: 'email', code: 'duplicate' }] });
    expect(body.rows[4].errors).toEqual([
      { field: 'email', code: 'invalidEmail', params: { reason: 'noAt' }, message: 'has no @' },
    ]);
    expect(body.rows[5].errors).toEqual([
      {
        field: 'roleNames',
        code: 'unknownRole',
        params: { names: ['Owner'] },
        message: 'names roles this customer does not have: Owner',
      },
    ]);
    expect(body.quota).toMatchObject({ limit: DAILY_LIMIT, remaining: DAILY_LIMIT - 1 });
    expect(await counts(tenant.id)).toEqual(before);
    expect(buyer).toBeDefined();
  });

  it('sends the rows that can go, each in its own transaction, with the outcome of each', async () => {
    const { tenant, batch } = await admin();
    const buyer = await fixtures.role(tenant.id, ['orders.read'], 'Buyer');
    const emails = [uniqueAddress('one'), uniqueAddress('two')];
    const rows = [
      { email: emails[0], roleNames: ['Buyer'] },
      { email: 'broken@' },
      { email: emails[1], language: 'de' },
    ];
    const preview = (await batch({ dryRun: true, rows }).expect(200)).body;
    const sent = (await batch({ dryRun: false, rows }).expect(200)).body;

    expect(sent.rows.map((row: { outcome: string }) => row.outcome)).toEqual(['invited', 'invalid_email', 'invited']);
    expect(preview.rows.map((row: { outcome: string }) => row.outcome)).toEqual([
      'will_invite',
      'invalid_email',
      'will_invite',
    ]);
    expect(sent.quota.remaining).toBe(DAILY_LIMIT - 2);
    const invitations = await fixtures.dataSource.query(
      `SELECT i.email, i.language, array_remove(array_agg(ir.role_id), NULL) AS roles
         FROM invitations i LEFT JOIN invitation_roles ir ON ir.invitation_id = i.id
        WHERE i.tenant_id = $1 GROUP BY i.id ORDER BY i.email`,
      [tenant.id],
    );
    expect(invitations).toEqual(
      [
        { email: emails[0], language: 'en', roles: [buyer] },
        { email: emails[1], language: 'de', roles: [] },
      ].sort((a, b) => a.email.localeCompare(b.email)),
    );
    await waitForMail(api, emails[0]);
    await waitForMail(api, emails[1]);
    const again = (await batch({ dryRun: false, rows }).expect(200)).body;
    expect(again.rows.map((row: { outcome: string }) => row.outcome)).toEqual([
      'already_invited',
      'invalid_email',
      'already_invited',
    ]);
  });

  it('fits rows to the daily and per-address limits in the dry run, as sending then does', async () => {
    const { tenant, post } = await admin();
    // An address that had its five e-mails today from this customer (another admin sent them).
    const flooded = uniqueAddress('flooded');
    const id = (await post('', { email: flooded, roleIds: [] }).expect(201)).body.id;
    for (let i = 0; i < 4; i++) await post(`/${id}/resend`, {}).expect(200);
    await fixtures.dataSource.query('UPDATE invitations SET revoked_at = now(), revoke_reason = $2 WHERE id = $1', [
      id,
      'deleted',
    ]);
    const { batch } = await admin(tenant);
    const rows = [
      { email: flooded },
      ...Array.from({ length: DAILY_LIMIT + 2 }, (_, i) => ({ email: uniqueAddress(`row-${i}`) })),
    ];
    const preview = (await batch({ dryRun: true, rows }).expect(200)).body;
    const outcomes = (body: { rows: { outcome: string }[] }) => body.rows.map((row) => row.outcome);
    const expected = [
      'over_recipient_limit',
      ...Array(DAILY_LIMIT).fill('will_invite'),
      'over_daily_limit',
      'over_daily_limit',
    ];
    expect(outcomes(preview)).toEqual(expected);
    const sent = (await batch({ dryRun: false, rows }).expect(200)).body;
    expect(outcomes(sent)).toEqual(expected.map((outcome) => (outcome === 'will_invite' ? 'invited' : outcome)));
    expect(sent.rows[DAILY_LIMIT + 1].errors[0].code).toBe('dailyQuota');
    expect(sent.quota.remaining).toBe(0);
  });

  it('keeps the quota exact when two batches of one admin run at once', async () => {
    const { tenant, batch } = await admin();
    const list = (label: string) => ({
      dryRun: false,
      rows: Array.from({ length: 9 }, (_, i) => ({ email: uniqueAddress(`${label}-${i}`) })),
    });
    const results = await Promise.all([batch(list('left')), batch(list('right'))]);
    const all = results.flatMap((response) => response.body.rows as { outcome: string }[]);
    expect(all.filter((row) => row.outcome === 'invited')).toHaveLength(DAILY_LIMIT);
    expect(all.filter((row) => row.outcome === 'over_daily_limit')).toHaveLength(18 - DAILY_LIMIT);
    expect((await counts(tenant.id)).invitations).toBe(DAILY_LIMIT);
  });

  it('takes 500 rows, refuses 501, and names the field of a malformed row', async () => {
    const { tenant, batch } = await admin();
    const rows = Array.from({ length: 500 }, (_, i) => ({ email: uniqueAddress(`bulk-${i}`) }));
    const preview = (await batch({ dryRun: true, rows }).expect(200)).body;
    expect(preview.rows).toHaveLength(500);
    expect(preview.rows.filter((row: { outcome: string }) => row.outcome === 'will_invite')).toHaveLength(DAILY_LIMIT);
    const tooMany = await batch({ dryRun: true, rows: [...rows, { email: uniqueAddress('extra') }] }).expect(400);
    expect(tooMany.body.errors).toEqual([expect.objectContaining({ field: 'rows', code: 'arrayMaxSize' })]);
    const malformed = await batch({ dryRun: 'yes', rows: [{ email: 42, roleIds: ['x'], extra: 1 }] }).expect(400);
    expect([...new Set(malformed.body.errors.map((error: { field: string }) => error.field))].sort()).toEqual([
      'dryRun',
      'rows.0.email',
      'rows.0.extra',
      'rows.0.roleIds',
    ]);
    await batch({ dryRun: true, rows: [] }).expect(400);
    expect((await counts(tenant.id)).invitations).toBe(0);
    await eventually(async () => expect((await counts(tenant.id)).events).toBe(0));
  });
});
