import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { sql } from 'kysely';
import { typedQueries } from '../database/typed-queries';
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

/**
 * The one writer of `memberships` and `membership_roles`: joining, role changes, removal, leaving and the
 * tour's state all go through here, inside the caller's transaction where they take part in one.
 */
@Injectable()
export class MembershipsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Makes the user a member (nothing changes when they are one already) with these roles added. */
  async add(tx: EntityManager, tenantId: string, userId: string, roleIds: readonly string[]): Promise<void> {
    const db = typedQueries(tx);
    await db
      .insertInto('memberships')
      .values({ tenantId, userId })
      .onConflict((conflict) => conflict.doNothing())
      .execute();
    await this.grantRoles(tx, tenantId, userId, roleIds);
  }

  async grantRoles(tx: EntityManager, tenantId: string, userId: string, roleIds: readonly string[]): Promise<void> {
    if (roleIds.length === 0) return;
    await typedQueries(tx)
      .insertInto('membershipRoles')
      .values(roleIds.map((roleId) => ({ tenantId, userId, roleId })))
      .onConflict((conflict) => conflict.doNothing())
      .execute();
  }

  /** The member's roles from now on. */
  async replaceRoles(tx: EntityManager, tenantId: string, userId: string, roleIds: readonly string[]) {
    await typedQueries(tx)
      .deleteFrom('membershipRoles')
      .where('tenantId', '=', tenantId)
      .where('userId', '=', userId)
      .execute();
    await this.grantRoles(tx, tenantId, userId, roleIds);
  }

  /** Ends a membership with its roles (removed by an admin, or left). */
  async remove(tx: EntityManager, tenantId: string, userId: string): Promise<void> {
    await typedQueries(tx)
      .deleteFrom('memberships')
      .where('tenantId', '=', tenantId)
      .where('userId', '=', userId)
      .execute();
  }

  async setTourDone(tenantId: string, userId: string, done: boolean): Promise<void> {
    await typedQueries(this.dataSource)
      .updateTable('memberships')
      .set({ tourDoneAt: done ? sql<Date>`now()` : null })
      .where('tenantId', '=', tenantId)
      .where('userId', '=', userId)
      .execute();
  }

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
