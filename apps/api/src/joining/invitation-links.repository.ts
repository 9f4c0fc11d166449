import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { ADMIN_PERMISSION, type Language, type Permission } from '@cloudhub/permissions';
import { hashInvitationToken } from '../invitations/invitation-token';
import type { LinkStatus } from './dto/joining.dto';

/** An invitation as its link finds it, with the state the link is in. */
export interface LinkedInvitation {
  readonly id: string;
  readonly tenantId: string;
  readonly email: string;
  readonly language: Language;
  readonly status: Exclude<LinkStatus, 'invalid'>;
  readonly replaced: boolean;
  readonly companyName: string;
  readonly customerNumber: string;
  readonly expiresAt: Date;
  readonly renewalRequestedAt: Date | null;
  readonly invitedBy: { id: string; name: string; email: string; language: Language } | null;
  readonly roles: { id: string; name: string; permissions: Permission[] }[];
  readonly accountExists: boolean;
}

@Injectable()
export class InvitationLinksRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  transaction<T>(work: (tx: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  /**
   * The invitation of a link, or undefined for a link nobody sent. With `lock`, the invitation's row
   * stays locked until the transaction ends, so one link is used at most once however many try.
   */
  async find(
    token: string,
    options: { tx?: EntityManager; lock?: boolean } = {},
  ): Promise<LinkedInvitation | undefined> {
    const rows: LinkedInvitation[] = await (options.tx ?? this.dataSource.manager).query(
      `SELECT i.id, i.tenant_id AS "tenantId", i.email, i.language, i.expires_at AS "expiresAt",
              i.renewal_requested_at AS "renewalRequestedAt",
              CASE WHEN i.revoked_at IS NOT NULL THEN 'revoked'
                   WHEN i.accepted_at IS NOT NULL THEN 'accepted'
                   -- An invitation acts with its inviter's authority; revoked when it ends, and never
                   -- accepted without it even if that revocation has not happened (yet).
                   WHEN NOT (i.issued_by_operator OR EXISTS (
                          SELECT 1 FROM membership_roles mr JOIN roles r ON r.id = mr.role_id
                           WHERE mr.tenant_id = i.tenant_id AND mr.user_id = i.invited_by
                             AND $2 = ANY (r.permissions))) THEN 'revoked'
                   WHEN i.expires_at <= now() THEN 'expired'
                   ELSE 'pending' END AS status,
              t.replaced_at IS NOT NULL AS replaced,
              tn.company_name AS "companyName", tn.customer_number AS "customerNumber",
              CASE WHEN u.id IS NULL THEN NULL
                   ELSE json_build_object('id', u.id, 'name', u.name, 'email', u.email, 'language', u.language) END
                AS "invitedBy",
              COALESCE((SELECT json_agg(json_build_object('id', r.id, 'name', r.name, 'permissions', r.permissions)
                                        ORDER BY lower(r.name))
                          FROM invitation_roles ir JOIN roles r ON r.id = ir.role_id
                         WHERE ir.invitation_id = i.id), '[]') AS roles,
              EXISTS (SELECT 1 FROM users a WHERE lower(a.email) = lower(i.email)) AS "accountExists"
         FROM invitation_tokens t
         JOIN invitations i ON i.id = t.invitation_id
         JOIN tenants tn ON tn.id = i.tenant_id
         LEFT JOIN users u ON u.id = i.invited_by
        WHERE t.token_hash = $1
        ${options.lock ? 'FOR UPDATE OF i' : ''}`,
      [hashInvitationToken(token), ADMIN_PERMISSION],
    );
    return rows[0];
  }

  /** Marks the invitation used by this account; the membership itself is the memberships repository's. */
  async markAccepted(tx: EntityManager, invitationId: string, userId: string): Promise<void> {
    await tx.query('UPDATE invitations SET accepted_at = now(), accepted_by = $2 WHERE id = $1', [
      invitationId,
      userId,
    ]);
  }

  async markRenewalRequested(tx: EntityManager, invitationId: string): Promise<Date> {
    // TypeORM answers an UPDATE with [rows, affected count].
    const [[row]]: [{ at: Date }[], number] = await tx.query(
      'UPDATE invitations SET renewal_requested_at = now() WHERE id = $1 RETURNING renewal_requested_at AS at',
      [invitationId],
    );
    return row.at;
  }
}
