import type { RuntimeConfig } from '../config/app-config';
import type { Housekeeping } from '../housekeeping/housekeeping';
import { RateLimitLedger } from '../rate-limit/rate-limit-ledger';
import { RuleDatabase } from '../../test/support/rule-database';
import { InvitationQuota, RECIPIENT_DAILY_LIMIT } from './invitation-quota';

const DAILY_LIMIT = 4;

/** The invitation e-mail limits: per admin across customers, per address per customer, exact, counted in the change. */
describe('InvitationQuota', () => {
  let db: RuleDatabase;
  let quota: InvitationQuota;

  beforeAll(async () => {
    db = await RuleDatabase.open();
    const housekeeping = { register: () => undefined } as unknown as Housekeeping;
    quota = new InvitationQuota(new RateLimitLedger(db.dataSource, housekeeping), {
      invitationDailyLimit: DAILY_LIMIT,
    } as RuntimeConfig);
  });
  afterAll(() => db.close());

  const id = () => crypto.randomUUID();
  const send = (adminId: string, tenantId: string, email: string) =>
    db.dataSource.transaction((tx) => quota.consume(tx, adminId, tenantId, email));

  it('counts an admin’s e-mails across customers and refuses the one over the limit, saying when one frees up', async () => {
    const admin = id();
    for (let i = 0; i < DAILY_LIMIT; i++) await send(admin, id(), `person-${i}@example.test`);
    const refused = send(admin, id(), 'one-more@example.test');
    await expect(refused).rejects.toMatchObject({
      code: 'invitation_quota_exceeded',
      extensions: { limit: DAILY_LIMIT },
    });
    expect(await quota.status(admin)).toMatchObject({ limit: DAILY_LIMIT, remaining: 0, resetsAt: expect.any(Date) });
  });

  it('limits e-mails to one address from one customer, whatever its case, and not from another customer', async () => {
    const tenant = id();
    for (let i = 0; i < RECIPIENT_DAILY_LIMIT; i++)
      await send(id(), tenant, i % 2 ? 'Same@Example.test' : 'same@example.test');
    await expect(send(id(), tenant, 'SAME@example.test')).rejects.toMatchObject({ code: 'recipient_quota_exceeded' });
    await send(id(), id(), 'same@example.test');
    expect((await quota.recipientsRemaining(tenant, ['same@EXAMPLE.test'])).get('same@example.test')).toBe(0);
  });

  it('counts nothing for a change that is rolled back', async () => {
    const admin = id();
    await expect(
      db.dataSource.transaction(async (tx) => {
        await quota.consume(tx, admin, id(), 'rolled-back@example.test');
        throw new Error('the invitation failed after counting');
      }),
    ).rejects.toThrow('the invitation failed');
    expect((await quota.status(admin)).remaining).toBe(DAILY_LIMIT);
  });

  it('is exact when one admin sends many at once', async () => {
    const admin = id();
    const outcomes = await Promise.allSettled(
      Array.from({ length: 12 }, (_, i) => send(admin, id(), `parallel-${i}@example.test`)),
    );
    expect(outcomes.filter((outcome) => outcome.status === 'fulfilled')).toHaveLength(DAILY_LIMIT);
    expect((await quota.status(admin)).remaining).toBe(0);
  });
});
