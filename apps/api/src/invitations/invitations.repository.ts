import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { Language } from '@cloudhub/permissions';
import type { DeliveryOutcome } from '../mail/mail.types';
import type { RevokeReason } from '../audit/audit-actions';
import type { DeliveryState, InvitationStatus } from './dto/invitation.dto';

export interface InvitationRow {
  readonly id: string;
  readonly email: string;
  readonly language: Language;
  readonly roles: { id: string; name: string }[];
  readonly invitedBy: { id: string; name: string; email: string } | null;
  readonly sentAt: Date;
  readonly expiresAt: Date;
  readonly createdAt: Date;
  readonly expired: boolean;
  readonly delivery: DeliveryState;
  readonly deliveryError: string | null;
  readonly sendCount: number;
  readonly renewalRequestedAt: Date | null;
  readonly revokedAt: Date | null;
  readonly revokedBy: { id: string; name: string; email: string } | null;
  readonly revokeReason: RevokeReason | null;
}

/** An invitation revoked because its inviter no longer holds `users.manage` in the customer. */
export interface OrphanedInvitation {
  readonly id: string;
  readonly email: string;
  readonly inviterId: string | null;
  /** What the inviter was called, for the audit log's sentence. */
  readonly inviterName: string | null;
  readonly reason: Exclude<RevokeReason, 'deleted'>;
}

export interface CreationContext {
  readonly language: Language;
  readonly companyName: string;
  readonly customerNumber: string;
  readonly isMember: boolean;
  readonly openInvitationId: string | null;
  readonly roles: { id: string; name: string }[];
  readonly inviter: { id: string; name: string; email: string } | null;
}

const OPEN = 'i.accepted_at IS NULL AND i.revoked_at IS NULL';
const REVOKED = 'i.accepted_at IS NULL AND i.revoked_at IS NOT NULL';

const INVITATION = `
  SELECT i.id, i.email, i.language, i.sent_at AS "sentAt", i.expires_at AS "expiresAt",
         i.created_at AS "createdAt", i.expires_at <= now() AS expired, i.delivery,
         i.delivery_error AS "deliveryError", i.send_count AS "sendCount",
         i.renewal_requested_at AS "renewalRequestedAt",
         i.revoked_at AS "revokedAt", i.revoke_reason AS "revokeReason",
         (SELECT json_build_object('id', b.id, 'name', b.name, 'email', b.email) FROM users b WHERE b.id = i.revoked_by)
           AS "revokedBy",
         CASE WHEN u.id IS NULL THEN NULL ELSE json_build_object('id', u.id, 'name', u.name, 'email', u.email) END
           AS "invitedBy",
         COALESCE((SELECT json_agg(json_build_object('id', r.id, 'name', r.name) ORDER BY lower(r.name))
                     FROM invitation_roles ir JOIN roles r ON r.id = ir.role_id
                    WHERE ir.invitation_id = i.id), '[]') AS roles
    FROM invitations i LEFT JOIN users u ON u.id = i.invited_by`;

@Injectable()
export class InvitationsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  transaction<T>(work: (tx: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  /** A customer's open (or, with status `revoked`, revoked) invitations, newest first, keyset-paged on (created_at, id). */
  list(
    tenantId: string,
    filter: { status?: InvitationStatus; q?: string; after?: { at: Date; id: string }; limit: number },
  ): Promise<InvitationRow[]> {
    return this.dataSource.query(
      `${INVITATION}
        WHERE i.tenant_id = $1 AND ${filter.status === 'revoked' ? REVOKED : OPEN}
          AND ($2::text IS NULL OR $2 = 'revoked' OR ($2 = 'expired') = (i.expires_at <= now()))
          AND ($3::text IS NULL OR lower(i.email) LIKE $3)
          AND ($4::timestamptz IS NULL OR (i.created_at, i.id) < ($4, $5::uuid))
        ORDER BY i.created_at DESC, i.id DESC
        LIMIT $6`,
      [
        tenantId,
        filter.status ?? null,
        filter.q ? `%${filter.q.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%` : null,
        filter.after?.at ?? null,
        filter.after?.id ?? null,
        filter.limit,
      ],
    );
  }

  async findOpen(tenantId: string, id: string, manager?: EntityManager): Promise<InvitationRow | undefined> {
    const rows: InvitationRow[] = await (manager ?? this.dataSource.manager).query(
      `${INVITATION} WHERE i.tenant_id = $1 AND i.id = $2 AND ${OPEN}`,
      [tenantId, id],
    );
    return rows[0];
  }

  /** Locks an open invitation for a delete; concurrent ones wait. */
  async lockOpen(tx: EntityManager, tenantId: string, id: string): Promise<boolean> {
    const rows: unknown[] = await tx.query(
      `SELECT 1 FROM invitations i WHERE i.tenant_id = $1 AND i.id = $2 AND ${OPEN} FOR UPDATE`,
      [tenantId, id],
    );
    return rows.length > 0;
  }

  /** Locks an invitation that can be sent again: open, or revoked (it then reopens); not an accepted one. */
  async lockResendable(
    tx: EntityManager,
    tenantId: string,
    id: string,
  ): Promise<{ email: string; revoked: boolean } | undefined> {
    const rows: { email: string; revoked: boolean }[] = await tx.query(
      `SELECT i.email, i.revoked_at IS NOT NULL AS revoked FROM invitations i
        WHERE i.tenant_id = $1 AND i.id = $2 AND i.accepted_at IS NULL FOR UPDATE`,
      [tenantId, id],
    );
    return rows[0];
  }

  /**
   * Everything creating an invitation checks and shows, in one round trip: whether the address is a member
   * or invited already, which of the asked-for roles exist, the customer and the inviting admin.
   */
  async creationContext(
    tx: EntityManager,
    request: { tenantId: string; email: string; roleIds: readonly string[]; inviterId: string },
  ): Promise<CreationContext> {
    const [row]: CreationContext[] = await tx.query(
      `SELECT t.language, t.company_name AS "companyName", t.customer_number AS "customerNumber",
              EXISTS (SELECT 1 FROM memberships m JOIN users u ON u.id = m.user_id
                       WHERE m.tenant_id = t.id AND lower(u.email) = lower($2)) AS "isMember",
              (SELECT i.id FROM invitations i WHERE i.tenant_id = t.id AND lower(i.email) = lower($2) AND ${OPEN})
                AS "openInvitationId",
              COALESCE((SELECT json_agg(json_build_object('id', r.id, 'name', r.name) ORDER BY lower(r.name))
                          FROM roles r WHERE r.tenant_id = t.id AND r.id = ANY($3::uuid[])), '[]') AS roles,
              (SELECT json_build_object('id', u.id, 'name', u.name, 'email', u.email) FROM users u WHERE u.id = $4)
                AS inviter
         FROM tenants t WHERE t.id = $1`,
      [request.tenantId, request.email, request.roleIds, request.inviterId],
    );
    return row;
  }

  /** A new invitation with its roles and first link, in one statement; answers it as the table shows it. */
  async insertWithLink(
    tx: EntityManager,
    invitation: {
      tenantId: string;
      email: string;
      language: Language;
      roles: InvitationRow['roles'];
      /** Null for the first admin's invitation made by `npm run setup`, which acts with the operator's authority. */
      inviterId: string | null;
      inviter: InvitationRow['invitedBy'];
      ttlSeconds: number;
      tokenHash: string;
      mailId: string;
    },
  ): Promise<InvitationRow> {
    const [row]: Omit<InvitationRow, 'email' | 'language' | 'roles' | 'invitedBy'>[] = await tx.query(
      `WITH invitation AS (
         INSERT INTO invitations (tenant_id, email, language, invited_by, issued_by_operator, expires_at, mail_id)
         VALUES ($1, $2, $3, $4, $4::uuid IS NULL, now() + make_interval(secs => $5), $6)
         RETURNING *
       ), granted AS (
         INSERT INTO invitation_roles (invitation_id, tenant_id, role_id)
         SELECT invitation.id, $1, role_id FROM invitation, unnest($7::uuid[]) AS role_id
       ), link AS (
         INSERT INTO invitation_tokens (token_hash, invitation_id) SELECT $8, invitation.id FROM invitation
       )
       SELECT i.id, i.sent_at AS "sentAt", i.expires_at AS "expiresAt", i.created_at AS "createdAt",
              i.expires_at <= now() AS expired, i.delivery, i.delivery_error AS "deliveryError",
              i.send_count AS "sendCount", i.renewal_requested_at AS "renewalRequestedAt",
              NULL AS "revokedAt", NULL AS "revokedBy", NULL AS "revokeReason"
         FROM invitation i`,
      [
        invitation.tenantId,
        invitation.email,
        invitation.language,
        invitation.inviterId,
        invitation.ttlSeconds,
        invitation.mailId,
        invitation.roles.map((role) => role.id),
        invitation.tokenHash,
      ],
    );
    return {
      ...row,
      email: invitation.email,
      language: invitation.language,
      roles: invitation.roles,
      invitedBy: invitation.inviter,
    };
  }

  /** For a batch: which of these addresses are members, and which have an open invitation, in one round trip. */
  async standingOf(
    tenantId: string,
    emails: readonly string[],
  ): Promise<Map<string, { isMember: boolean; openInvitationId: string | null }>> {
    const rows: { email: string; isMember: boolean; openInvitationId: string | null }[] = await this.dataSource.query(
      `SELECT e.email,
              EXISTS (SELECT 1 FROM memberships m JOIN users u ON u.id = m.user_id
                       WHERE m.tenant_id = $1 AND lower(u.email) = e.email) AS "isMember",
              (SELECT i.id FROM invitations i WHERE i.tenant_id = $1 AND lower(i.email) = e.email AND ${OPEN})
                AS "openInvitationId"
         FROM unnest($2::text[]) AS e(email)`,
      [tenantId, emails.map((email) => email.toLowerCase())],
    );
    return new Map(rows.map(({ email, ...standing }) => [email, standing]));
  }

  /** The customer's roles by id and name, for resolving a batch's role names. */
  rolesOf(tenantId: string): Promise<{ id: string; name: string }[]> {
    return this.dataSource.query('SELECT id, name FROM roles WHERE tenant_id = $1', [tenantId]);
  }

  async openInvitationId(tx: EntityManager, tenantId: string, email: string): Promise<string | undefined> {
    const rows: { id: string }[] = await tx.query(
      `SELECT id FROM invitations i WHERE i.tenant_id = $1 AND lower(i.email) = lower($2) AND ${OPEN}`,
      [tenantId, email],
    );
    return rows[0]?.id;
  }

  /** The new link works from now on; every earlier one stops working at once. */
  async rotateToken(tx: EntityManager, invitationId: string, tokenHash: string): Promise<void> {
    await tx.query(
      'UPDATE invitation_tokens SET replaced_at = now() WHERE invitation_id = $1 AND replaced_at IS NULL',
      [invitationId],
    );
    await tx.query('INSERT INTO invitation_tokens (token_hash, invitation_id) VALUES ($1, $2)', [
      tokenHash,
      invitationId,
    ]);
  }

  /**
   * `mailId` is the e-mail of this send: only its delivery reports change the row from now on. The admin who
   * sends it is its inviter from now on (their name is in the e-mail, their authority backs it), and a revoked
   * invitation opens again.
   */
  async markResent(
    tx: EntityManager,
    resend: { id: string; inviterId: string; ttlSeconds: number; mailId: string },
  ): Promise<void> {
    await tx.query(
      `UPDATE invitations
          SET sent_at = now(), expires_at = now() + make_interval(secs => $2), send_count = send_count + 1,
              delivery = 'queued', delivery_error = NULL, renewal_requested_at = NULL, mail_id = $3,
              invited_by = $4, issued_by_operator = false, revoked_at = NULL, revoked_by = NULL, revoke_reason = NULL
        WHERE id = $1`,
      [resend.id, resend.ttlSeconds, resend.mailId, resend.inviterId],
    );
  }

  async revoke(tx: EntityManager, id: string, adminId: string): Promise<void> {
    await tx.query(
      `UPDATE invitations SET revoked_at = now(), revoked_by = $2, revoke_reason = 'deleted' WHERE id = $1`,
      [id, adminId],
    );
  }

  /**
   * Revokes the open invitations of those who just stopped holding `users.manage` in the customer: they
   * acted with that authority. Why, per inviter: no longer a member (removed by someone, or left), or still a
   * member without the permission.
   */
  async revokeForFormerAdmins(
    tx: EntityManager,
    change: { tenantId: string; actorId: string | null; formerAdminIds: readonly string[] },
  ): Promise<OrphanedInvitation[]> {
    // TypeORM answers an UPDATE with [rows, affected count].
    const [rows]: [OrphanedInvitation[], number] = await tx.query(
      `UPDATE invitations i
          SET revoked_at = now(),
              revoke_reason = CASE
                WHEN EXISTS (SELECT 1 FROM memberships m WHERE m.tenant_id = i.tenant_id AND m.user_id = i.invited_by)
                  THEN 'inviter_lost_rights'
                WHEN i.invited_by = $2 THEN 'inviter_left'
                ELSE 'inviter_removed' END
        WHERE i.tenant_id = $1 AND i.invited_by = ANY ($3::uuid[]) AND ${OPEN}
        RETURNING i.id, i.email, i.invited_by AS "inviterId", i.revoke_reason AS reason,
                  (SELECT u.name FROM users u WHERE u.id = i.invited_by) AS "inviterName"`,
      [change.tenantId, change.actorId, change.formerAdminIds],
    );
    return rows;
  }

  /** Only the latest e-mail of an invitation decides its delivery state. */
  async recordDelivery(mailIds: readonly string[], outcome: DeliveryOutcome): Promise<void> {
    const [delivery, error] = outcome.state === 'sent' ? ['sent', null] : [deliveryOf(outcome.state), outcome.reason];
    await this.dataSource.query(
      'UPDATE invitations SET delivery = $2, delivery_error = $3 WHERE mail_id = ANY($1::uuid[])',
      [mailIds, delivery, error],
    );
  }
}

/** A retrying e-mail is still on its way: the table says queued, with the last reason. */
const deliveryOf = (state: 'retrying' | 'failed'): DeliveryState => (state === 'failed' ? 'failed' : 'queued');
