import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { sql } from 'kysely';
import type { DataSource, EntityManager } from 'typeorm';
import { PERMISSIONS, type Permission } from '@cloudhub/permissions';
import { allOf } from '../database/closed-set';
import { typedQueries, type Queries } from '../database/typed-queries';

const uuids = (ids: readonly string[]) => sql<string[]>`${ids}::uuid[]`;

/** Roles with how many members hold them and how many open invitations would grant them. */
function rolesWithCounts(db: Queries) {
  return db.selectFrom('roles as r').select((eb) => [
    'r.id',
    'r.name',
    'r.permissions',
    'r.createdAt',
    'r.updatedAt',
    eb
      .selectFrom('membershipRoles as mr')
      .select(sql<number>`count(*)::int`.as('count'))
      .whereRef('mr.roleId', '=', 'r.id')
      .$asScalar()
      .$notNull()
      .as('memberCount'),
    eb
      .selectFrom('invitationRoles as ir')
      .innerJoin('invitations as i', 'i.id', 'ir.invitationId')
      .select(sql<number>`count(*)::int`.as('count'))
      .whereRef('ir.roleId', '=', 'r.id')
      .where('i.acceptedAt', 'is', null)
      .where('i.revokedAt', 'is', null)
      .$asScalar()
      .$notNull()
      .as('openInvitationCount'),
  ]);
}

type RoleRecord = Awaited<ReturnType<ReturnType<typeof rolesWithCounts>['execute']>>[number];

const toRoleRow = (record: RoleRecord) => ({ ...record, permissions: allOf(PERMISSIONS, record.permissions) });

export type RoleRow = ReturnType<typeof toRoleRow>;

/** The one writer of `roles`. */
@Injectable()
export class RolesRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async list(tenantId: string): Promise<RoleRow[]> {
    const records = await rolesWithCounts(typedQueries(this.dataSource))
      .where('r.tenantId', '=', tenantId)
      .orderBy((o) => o.fn('lower', ['r.name']))
      .execute();
    return records.map(toRoleRow);
  }

  async find(tenantId: string, roleId: string, manager?: EntityManager): Promise<RoleRow | undefined> {
    const record = await rolesWithCounts(typedQueries(manager ?? this.dataSource))
      .where('r.tenantId', '=', tenantId)
      .where('r.id', '=', roleId)
      .executeTakeFirst();
    return record && toRoleRow(record);
  }

  async nameTaken(tx: EntityManager, tenantId: string, name: string, exceptRoleId?: string): Promise<boolean> {
    const row = await typedQueries(tx)
      .selectFrom('roles')
      .select(sql<number>`1`.as('taken'))
      .where('tenantId', '=', tenantId)
      .where((eb) => eb(eb.fn('lower', ['name']), '=', eb.fn('lower', [eb.val(name)])))
      .where('id', 'is distinct from', exceptRoleId ?? null)
      .executeTakeFirst();
    return row !== undefined;
  }

  async insert(tx: EntityManager, tenantId: string, name: string, permissions: Permission[]): Promise<string> {
    const row = await typedQueries(tx)
      .insertInto('roles')
      .values({ tenantId, name, permissions })
      .returning('id')
      .executeTakeFirstOrThrow();
    return row.id;
  }

  async update(tx: EntityManager, roleId: string, changes: { name?: string; permissions?: Permission[] }) {
    await typedQueries(tx)
      .updateTable('roles')
      .set({
        ...(changes.name != null && { name: changes.name }),
        ...(changes.permissions != null && { permissions: changes.permissions }),
        updatedAt: sql<Date>`now()`,
      })
      .where('id', '=', roleId)
      .execute();
  }

  async delete(tx: EntityManager, roleId: string): Promise<void> {
    await typedQueries(tx).deleteFrom('roles').where('id', '=', roleId).execute();
  }

  /** The ids of those that belong to the customer. */
  async existing(tenantId: string, roleIds: readonly string[], manager?: EntityManager): Promise<string[]> {
    if (roleIds.length === 0) return [];
    const rows = await typedQueries(manager ?? this.dataSource)
      .selectFrom('roles')
      .select('id')
      .where('tenantId', '=', tenantId)
      .where((eb) => eb('id', '=', eb.fn.any(uuids(roleIds))))
      .execute();
    return rows.map((row) => row.id);
  }
}
