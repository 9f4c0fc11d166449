import { RuleDatabase } from '../../test/support/rule-database';
import { MembershipsRepository } from './memberships.repository';
import { AdminInvariant } from './admin-invariant';

/** "A customer never loses its last admin", and the hand-over of those who lose `users.manage`. */
describe('AdminInvariant', () => {
  let db: RuleDatabase;
  let memberships: MembershipsRepository;

  beforeAll(async () => {
    db = await RuleDatabase.open();
    memberships = new MembershipsRepository(db.dataSource);
  });
  afterAll(() => db.close());

  async function customerWithAdmins(count: number) {
    const tenantId = await db.tenant();
    const adminRole = await db.role(tenantId, ['users.manage']);
    const admins = [];
    for (let i = 0; i < count; i++) admins.push(await db.member(tenantId, [adminRole]));
    return { tenantId, adminRole, admins };
  }

  it('rolls back a change that would leave the customer without an admin', async () => {
    const invariant = new AdminInvariant(db.dataSource);
    const { tenantId, adminRole, admins } = await customerWithAdmins(1);
    await expect(
      invariant.change({ tenantId, actorId: admins[0] }, (tx) => memberships.replaceRoles(tx, tenantId, admins[0], [])),
    ).rejects.toMatchObject({ code: 'last_admin' });
    expect(await db.rolesOf(tenantId, admins[0])).toEqual([adminRole]);
    await expect(
      invariant.change({ tenantId, actorId: admins[0] }, (tx) => memberships.remove(tx, tenantId, admins[0])),
    ).rejects.toMatchObject({ code: 'last_admin' });
  });

  it('lets a customer that has no admin yet change (its first admin joins that way)', async () => {
    const invariant = new AdminInvariant(db.dataSource);
    const tenantId = await db.tenant();
    const reader = await db.role(tenantId, ['orders.read']);
    const member = await db.member(tenantId);
    await invariant.change({ tenantId, actorId: null }, (tx) =>
      memberships.replaceRoles(tx, tenantId, member, [reader]),
    );
    expect(await db.rolesOf(tenantId, member)).toEqual([reader]);
  });

  it('hands those who lost users.manage to the hooks inside the change; a failing hook undoes the change', async () => {
    const invariant = new AdminInvariant(db.dataSource);
    const seen: { actorId: string | null; former: string[] }[] = [];
    let fail = false;
    invariant.onAuthorityLost((_tx, change, former) => {
      seen.push({ actorId: change.actorId, former });
      return fail ? Promise.reject(new Error('hook failed')) : Promise.resolve();
    });
    const { tenantId, adminRole, admins } = await customerWithAdmins(2);
    await invariant.change({ tenantId, actorId: admins[1] }, (tx) =>
      memberships.replaceRoles(tx, tenantId, admins[0], []),
    );
    expect(seen).toEqual([{ actorId: admins[1], former: [admins[0]] }]);

    await invariant.change({ tenantId, actorId: admins[1] }, (tx) =>
      memberships.grantRoles(tx, tenantId, admins[0], [adminRole]),
    );
    expect(seen).toHaveLength(1);

    fail = true;
    await expect(
      invariant.change({ tenantId, actorId: admins[1] }, (tx) => memberships.remove(tx, tenantId, admins[0])),
    ).rejects.toThrow('hook failed');
    expect(await db.rolesOf(tenantId, admins[0])).toEqual([adminRole]);
  });

  it('makes concurrent changes in one customer take turns: two admins removing each other, one wins', async () => {
    const invariant = new AdminInvariant(db.dataSource);
    for (let round = 0; round < 8; round++) {
      const { tenantId, admins } = await customerWithAdmins(2);
      // Each change waits (up to a moment) for the other to have made its removal too, before the admins are
      // counted: without the turns, both would count the other's removal as not yet done and both would commit.
      const arrived = new Set<string>();
      const meet = async (who: string) => {
        arrived.add(who);
        const until = Date.now() + 300;
        while (arrived.size < 2 && Date.now() < until) await new Promise((resolve) => setTimeout(resolve, 5));
      };
      const removeOther = (actor: string, other: string) =>
        invariant.change({ tenantId, actorId: actor }, async (tx) => {
          await memberships.remove(tx, tenantId, other);
          await meet(actor);
        });
      const outcomes = await Promise.allSettled([removeOther(admins[0], admins[1]), removeOther(admins[1], admins[0])]);
      expect(outcomes.map((outcome) => outcome.status).sort()).toEqual(['fulfilled', 'rejected']);
      expect(outcomes.find((outcome) => outcome.status === 'rejected')?.reason).toMatchObject({ code: 'last_admin' });
    }
  });
});
