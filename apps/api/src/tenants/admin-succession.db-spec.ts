import type { EntityManager } from 'typeorm';
import { RuleDatabase } from '../../test/support/rule-database';
import { AuditLog } from '../audit/audit-log';
import type { MailOutbox } from '../mail/mail-outbox';
import type { OutgoingMail } from '../mail/mail.types';
import { AdminInvariant } from './admin-invariant';
import { AdminSuccession, type SuccessionRequest } from './admin-succession';
import { MembershipsRepository } from './memberships.repository';
import { TenantDirectory } from './tenant-directory';

/** "No dead end for the last admin": who may take over, what they get, and that a customer keeps an admin. */
describe('AdminSuccession', () => {
  let db: RuleDatabase;
  let memberships: MembershipsRepository;
  let invariant: AdminInvariant;
  let succession: AdminSuccession;
  const queued: Omit<OutgoingMail, 'id'>[] = [];

  beforeAll(async () => {
    db = await RuleDatabase.open();
    memberships = new MembershipsRepository(db.dataSource);
    invariant = new AdminInvariant(db.dataSource);
    // The real outbox needs the job queue; the rule here is what is queued, inside the change.
    const outbox = {
      enqueue: (_tx: EntityManager, mail: Omit<OutgoingMail, 'id'>) => {
        queued.push(mail);
        return Promise.resolve('mail-id');
      },
    } as unknown as MailOutbox;
    succession = new AdminSuccession(memberships, new TenantDirectory(db.dataSource), outbox, new AuditLog(db.dataSource), {
      appUrl: 'https://portal.example.test',
    });
  });
  afterAll(() => db.close());
  beforeEach(() => queued.splice(0));

  async function namedRole(tenantId: string, name: string, permissions: string[]): Promise<string> {
    const [row]: { id: string }[] = await db.dataSource.query(
      'INSERT INTO roles (tenant_id, name, permissions) VALUES ($1, $2, $3) RETURNING id',
      [tenantId, name, permissions],
    );
    return row.id;
  }

  /** A customer whose only admin holds a narrow admin role; its Administrator role is held by nobody. */
  async function customer() {
    const tenantId = await db.tenant();
    const narrowAdmin = await namedRole(tenantId, 'User managers', ['users.manage']);
    const administrator = await namedRole(tenantId, 'Administrator', ['orders.read', 'users.manage']);
    const reader = await namedRole(tenantId, 'Readers', ['orders.read']);
    const admin = await db.member(tenantId, [narrowAdmin]);
    const member = await db.member(tenantId, [reader]);
    return { tenantId, narrowAdmin, administrator, reader, admin, member };
  }

  const leave = (request: SuccessionRequest | undefined, tenantId: string, actorId: string) =>
    invariant.change({ tenantId, actorId }, (tx) =>
      succession.around(tx, request, () => memberships.remove(tx, tenantId, actorId)),
    );
  const leaving = (tenantId: string, actorId: string, successorId: string): SuccessionRequest => ({
    tenantId,
    actorId,
    outgoingId: actorId,
    successorId,
    reason: 'left',
  });
  const isMember = async (tenantId: string, userId: string) =>
    (await db.dataSource.query('SELECT 1 FROM memberships WHERE tenant_id = $1 AND user_id = $2', [tenantId, userId]))
      .length === 1;

  it('lets the last admin leave naming a successor, who gets the Administrator role, an audit entry and an e-mail', async () => {
    const { tenantId, administrator, reader, admin, member } = await customer();
    await expect(leave(undefined, tenantId, admin)).rejects.toMatchObject({ code: 'last_admin' });

    await leave(leaving(tenantId, admin, member), tenantId, admin);
    expect(await isMember(tenantId, admin)).toBe(false);
    expect(await db.rolesOf(tenantId, member)).toEqual([administrator, reader].sort());
    const audit = await db.dataSource.query(
      `SELECT actor_id, before, after, context FROM audit_events
        WHERE tenant_id = $1 AND target_id = $2 AND action = 'member.roles_changed'`,
      [tenantId, member],
    );
    expect(audit).toEqual([
      {
        actor_id: admin,
        before: [{ id: reader, name: 'Readers' }],
        after: [
          { id: administrator, name: 'Administrator' },
          { id: reader, name: 'Readers' },
        ],
        context: { handover: 'left' },
      },
    ]);
    expect(queued).toEqual([
      expect.objectContaining({
        kind: 'admin-handover',
        language: 'en',
        variables: expect.objectContaining({ reason: 'left', roleName: 'Administrator' }),
      }),
    ]);
  });

  it('grants the admin role granting the most when none is called Administrator', async () => {
    const tenantId = await db.tenant();
    const narrow = await namedRole(tenantId, 'Narrow', ['users.manage']);
    const broad = await namedRole(tenantId, 'Broad', ['orders.read', 'invoices.read', 'users.manage']);
    const admin = await db.member(tenantId, [narrow]);
    const member = await db.member(tenantId);
    await leave(leaving(tenantId, admin, member), tenantId, admin);
    expect(await db.rolesOf(tenantId, member)).toEqual([broad]);
  });

  it('refuses a successor who is no member, the caller, or named by someone who is no admin, changing nothing', async () => {
    const { tenantId, narrowAdmin, reader, admin, member } = await customer();
    const other = await db.tenant();
    const stranger = await db.member(other);
    const refusals: [SuccessionRequest, string, string][] = [
      [leaving(tenantId, admin, stranger), admin, 'successorNotMember'],
      [leaving(tenantId, admin, crypto.randomUUID()), admin, 'successorNotMember'],
      [leaving(tenantId, admin, admin), admin, 'successorIsSelf'],
      [{ ...leaving(tenantId, admin, member), outgoingId: member }, admin, 'successorOnlyForOwnRights'],
    ];
    for (const [request, actor, code] of refusals) {
      await expect(leave(request, tenantId, actor)).rejects.toMatchObject({
        code: 'validation_failed',
        errors: [expect.objectContaining({ field: 'successorId', code })],
      });
    }
    // A member without users.manage cannot make anyone admin, not even on their way out.
    const outsider = await db.member(tenantId, [reader]);
    await expect(leave(leaving(tenantId, outsider, member), tenantId, outsider)).rejects.toMatchObject({
      code: 'permission_required',
    });
    expect(await db.rolesOf(tenantId, admin)).toEqual([narrowAdmin]);
    expect(await db.rolesOf(tenantId, member)).toEqual([reader]);
    expect(await isMember(tenantId, outsider)).toBe(true);
    expect(queued).toEqual([]);
  });

  it('hands nothing over to a successor who is an admin already', async () => {
    const { tenantId, narrowAdmin, admin } = await customer();
    const secondAdmin = await db.member(tenantId, [narrowAdmin]);
    await leave(leaving(tenantId, admin, secondAdmin), tenantId, admin);
    expect(await db.rolesOf(tenantId, secondAdmin)).toEqual([narrowAdmin]);
    expect(queued).toEqual([]);
  });

  it('never leaves a customer without an admin when its two admins leave at once, naming each other', async () => {
    for (let round = 0; round < 6; round++) {
      const { tenantId, narrowAdmin, admin } = await customer();
      const secondAdmin = await db.member(tenantId, [narrowAdmin]);
      const outcomes = await Promise.allSettled([
        leave(leaving(tenantId, admin, secondAdmin), tenantId, admin),
        leave(leaving(tenantId, secondAdmin, admin), tenantId, secondAdmin),
      ]);
      expect(outcomes.map((outcome) => outcome.status).sort()).toEqual(['fulfilled', 'rejected']);
      expect(outcomes.find((outcome) => outcome.status === 'rejected')?.reason).toMatchObject({
        errors: [expect.objectContaining({ code: 'successorNotMember' })],
      });
      const [{ admins }] = await db.dataSource.query(
        `SELECT count(DISTINCT mr.user_id)::int AS admins FROM membership_roles mr JOIN roles r ON r.id = mr.role_id
          WHERE mr.tenant_id = $1 AND 'users.manage' = ANY(r.permissions)`,
        [tenantId],
      );
      expect(admins).toBe(1);
    }
  });
});
