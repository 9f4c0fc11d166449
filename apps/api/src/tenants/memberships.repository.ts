import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { Language, Permission } from '@cloudhub/permissions';
import { PERMISSIONS_OF_MEMBERSHIP, ROLES_OF_MEMBERSHIP } from './membership-sql';

export interface MembershipSummary {
  readonly tenantId: string;
  readonly customerNumber: string;
  readonly companyName: string;
  readonly language: Language;
  /** ISO 8601 (read as JSON). */
  readonly joinedAt: string;
  readonly tourDoneAt: string | null;
  readonly permissions: Permission[];
  readonly roles: { id: string; name: string }[];
}

export interface AccountWithMemberships {
  readonly id: string;
  readonly email: string;
  readonly name: string;
  readonly language: Language;
  readonly memberships: MembershipSummary[];
}

@Injectable()
export class MembershipsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The caller's permissions in a customer, or undefined when they are not a member. */
  async findPermissions(tenantId: string, userId: string): Promise<Permission[] | undefined> {
    const rows: { permissions: Permission[] }[] = await this.dataSource.query(
      `SELECT ${PERMISSIONS_OF_MEMBERSHIP} AS permissions
         FROM memberships m WHERE m.tenant_id = $1 AND m.user_id = $2`,
      [tenantId, userId],
    );
    return rows[0]?.permissions;
  }

  /**
   * An account with all its memberships and their rights, in one query: `GET /api/me` is the most frequent
   * call of the SPA. Undefined when the account is gone.
   */
  async describeAccount(userId: string): Promise<AccountWithMemberships | undefined> {
    const rows: AccountWithMemberships[] = await this.dataSource.query(
      `SELECT u.id, u.email, u.name, u.language,
              COALESCE((SELECT json_agg(membership ORDER BY membership."customerNumber") FROM (
                SELECT t.id AS "tenantId", t.customer_number AS "customerNumber", t.company_name AS "companyName",
                       t.language, m.joined_at AS "joinedAt", m.tour_done_at AS "tourDoneAt",
                       ${PERMISSIONS_OF_MEMBERSHIP} AS permissions,
                       ${ROLES_OF_MEMBERSHIP} AS roles
                  FROM memberships m
                  JOIN tenants t ON t.id = m.tenant_id
                 WHERE m.user_id = u.id) membership), '[]') AS memberships
         FROM users u WHERE u.id = $1`,
      [userId],
    );
    return rows[0];
  }
}
