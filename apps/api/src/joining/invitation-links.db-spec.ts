import { randomUUID } from 'node:crypto';
import { RuleDatabase } from '../../test/support/rule-database';
import { newInvitationToken } from '../invitations/invitation-token';
import { InvitationsRepository } from '../invitations/invitations.repository';
import { InvitationLinksRepository } from './invitation-links.repository';

/**
 * What a link is worth, decided in one place (the link's lookup): rotation (only the newest link works),
 * expiry, acceptance, revocation, and the inviter's authority (an invitation acts with its inviter's
 * `users.manage`; one made by the operator for a first admin acts with the operator's).
 */
describe('invitation links', () => {
  let db: RuleDatabase;
  let invitations: InvitationsRepository;
  let links: InvitationLinksRepository;

  beforeAll(async () => {
    db = await RuleDatabase.open();
    invitations = new InvitationsRepository(db.dataSource);
    links = new InvitationLinksRepository(db.dataSource);
  });
  afterAll(() => db.close());

  /** A customer with an admin who has invited someone; answers the first link. */
  async function invitation(options: { byOperator?: boolean; ttlSeconds?: number } = {}) {
    const tenantId = await db.tenant();
    const adminRole = await db.role(tenantId, ['users.manage']);
    const adminId = await db.member(tenantId, [adminRole]);
    const first = newInvitationToken();
    const row = await db.dataSource.transaction((tx) =>
      invitations.insertWithLink(tx, {
        tenantId,
        email: `invitee-${randomUUID()}@example.test`,
        language: 'en',
        roles: [],
        inviterId: options.byOperator ? null : adminId,
        inviter: null,
        ttlSeconds: options.ttlSeconds ?? 3600,
        tokenHash: first.hash,
        mailId: randomUUID(),
      }),
    );
    return { tenantId, adminRole, adminId, id: row.id, link: first.token };
  }

  const statusOf = async (token: string) => {
    const found = await links.find(token);
    return found && { status: found.status, replaced: found.replaced };
  };

  it('knows only links it sent', async () => {
    expect(await statusOf(newInvitationToken().token)).toBeUndefined();
  });

  it('rotates: a resend makes the new link the only one that works, with a fresh lifetime', async () => {
    const { id, adminId, link } = await invitation({ ttlSeconds: 0 });
    expect(await statusOf(link)).toEqual({ status: 'expired', replaced: false });
    const second = newInvitationToken();
    await db.dataSource.transaction(async (tx) => {
      await invitations.markResent(tx, { id, inviterId: adminId, ttlSeconds: 3600, mailId: randomUUID() });
      await invitations.rotateToken(tx, id, second.hash);
    });
    expect(await statusOf(link)).toEqual({ status: 'pending', replaced: true });
    expect(await statusOf(second.token)).toEqual({ status: 'pending', replaced: false });
  });

  it('expires when its lifetime is over, by the database clock', async () => {
    const { id, link } = await invitation();
    expect((await statusOf(link))?.status).toBe('pending');
    await db.dataSource.query(`UPDATE invitations SET expires_at = now() - interval '1 second' WHERE id = $1`, [id]);
    expect((await statusOf(link))?.status).toBe('expired');
  });

  it('is used up once accepted, and dead once revoked', async () => {
    const accepted = await invitation();
    const member = await db.member(accepted.tenantId);
    await db.dataSource.transaction((tx) => invitations.markAccepted(tx, accepted.id, member));
    expect((await statusOf(accepted.link))?.status).toBe('accepted');

    const revoked = await invitation();
    await db.dataSource.transaction((tx) => invitations.revoke(tx, revoked.id, revoked.adminId));
    expect((await statusOf(revoked.link))?.status).toBe('revoked');
  });

  it('acts with its inviter’s authority: without users.manage it is revoked, even before anything revoked it', async () => {
    const { tenantId, adminId, link } = await invitation();
    await db.dataSource.query('DELETE FROM membership_roles WHERE tenant_id = $1 AND user_id = $2', [
      tenantId,
      adminId,
    ]);
    expect((await statusOf(link))?.status).toBe('revoked');
    const reader = await db.role(tenantId, ['orders.read']);
    await db.dataSource.query('INSERT INTO membership_roles (tenant_id, user_id, role_id) VALUES ($1, $2, $3)', [
      tenantId,
      adminId,
      reader,
    ]);
    expect((await statusOf(link))?.status).toBe('revoked');
  });

  it('made by the operator for a first admin, it needs no inviter', async () => {
    const { link } = await invitation({ byOperator: true });
    expect((await statusOf(link))?.status).toBe('pending');
  });

  it('is revoked with the reason when its inviter loses the authority, and only that inviter’s', async () => {
    const removed = await invitation();
    const other = await invitation();
    const actorId = await db.member(removed.tenantId, [removed.adminRole]);
    const revoked = await db.dataSource.transaction((tx) =>
      invitations.revokeForFormerAdmins(tx, {
        tenantId: removed.tenantId,
        actorId,
        formerAdminIds: [removed.adminId, other.adminId],
      }),
    );
    // Still a member (nobody removed them here): they lost the right.
    expect(revoked).toEqual([expect.objectContaining({ id: removed.id, reason: 'inviter_lost_rights' })]);
    expect((await statusOf(removed.link))?.status).toBe('revoked');
    expect((await statusOf(other.link))?.status).toBe('pending');

    const left = await invitation();
    await db.dataSource.query('DELETE FROM memberships WHERE tenant_id = $1 AND user_id = $2', [
      left.tenantId,
      left.adminId,
    ]);
    const [byLeaving] = await db.dataSource.transaction((tx) =>
      invitations.revokeForFormerAdmins(tx, {
        tenantId: left.tenantId,
        actorId: left.adminId,
        formerAdminIds: [left.adminId],
      }),
    );
    expect(byLeaving.reason).toBe('inviter_left');
  });
});
