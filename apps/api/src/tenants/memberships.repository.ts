import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { sql } from 'kysely';
import { compiledOnce, typedQueries } from '../database/typed-queries';
import { LANGUAGES, PERMISSIONS, type Language, type Permission } from '@cloudhub/permissions';
import { jsonArrayFrom } from 'kysely/helpers/postgres';
import { allOf, oneOf } from '../database/closed-set';
import { permissionsOfMembership, rolesOfMembership } from './membership-sql';

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
    const [row] = await permissionsQuery(this.dataSource, { tenantId, userId });
    return row && allOf(PERMISSIONS, row.permissions);
  }

  /**
   * An account with all its memberships and their rights, in one query: `GET /api/me` is the most frequent
   * call of the SPA. Undefined when the account is gone.
   */
  async describeAccount(userId: string): Promise<AccountWithMemberships | undefined> {
    const [row] = await accountQuery(this.dataSource, { userId });
    return row && { ...row, language: oneOf(LANGUAGES, row.language), memberships: row.memberships.map(toSummary) };
  }
}

type MembershipRow = Omit<MembershipSummary, 'language' | 'permissions'> & {
  readonly language: string;
  readonly permissions: string[];
};

function toSummary(row: MembershipRow): MembershipSummary {
  return { ...row, language: oneOf(LANGUAGES, row.language), permissions: allOf(PERMISSIONS, row.permissions) };
}

/** The tenant guard's question on every tenant-scoped request: the caller's permissions there. */
const permissionsQuery = compiledOnce(['tenantId', 'userId'], (db, { tenantId, userId }) =>
  db
    .selectFrom('memberships as m')
    .select((eb) =>
      permissionsOfMembership({ tenantId: eb.ref('m.tenantId'), userId: eb.ref('m.userId') }).as('permissions'),
    )
    .where('m.tenantId', '=', tenantId)
    .where('m.userId', '=', userId),
);

/** `GET /api/me`: the account with every membership and its rights, in one statement. */
const accountQuery = compiledOnce(['userId'], (db, { userId }) =>
  db
    .selectFrom('users as u')
    .select(['u.id', 'u.email', 'u.name', 'u.language'])
    .select((eb) =>
      jsonArrayFrom(
        eb
          .selectFrom('memberships as m')
          .innerJoin('tenants as t', 't.id', 'm.tenantId')
          .select((member) => {
            const membership = { tenantId: member.ref('m.tenantId'), userId: member.ref('m.userId') };
            return [
              't.id as tenantId',
              't.customerNumber',
              't.companyName',
              't.language',
              'm.joinedAt',
              'm.tourDoneAt',
              permissionsOfMembership(membership).as('permissions'),
              rolesOfMembership(membership).as('roles'),
            ];
          })
          .whereRef('m.userId', '=', 'u.id')
          .orderBy('t.customerNumber'),
      ).as('memberships'),
    )
    .where('u.id', '=', userId),
);
