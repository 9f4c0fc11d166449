import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { PERMISSIONS } from '@cloudhub/permissions';
import { allOf } from '../database/closed-set';
import { containsPattern } from '../database/like-pattern';
import { typedQueries, type Queries } from '../database/typed-queries';
import { permissionsOfMembership, rolesOfMembership } from '../tenants/membership-sql';

/** A customer's members with their roles and what those grant. */
function members(db: Queries) {
  return db
    .selectFrom('memberships as m')
    .innerJoin('users as u', 'u.id', 'm.userId')
    .select((eb) => {
      const membership = { tenantId: eb.ref('m.tenantId'), userId: eb.ref('m.userId') };
      return [
        'm.userId',
        'u.name',
        'u.email',
        'm.joinedAt',
        rolesOfMembership(membership).as('roles'),
        permissionsOfMembership(membership).as('permissions'),
      ];
    });
}

type MemberRecord = Awaited<ReturnType<ReturnType<typeof members>['execute']>>[number];

const toMemberRow = (record: MemberRecord) => ({ ...record, permissions: allOf(PERMISSIONS, record.permissions) });

export type MemberRow = ReturnType<typeof toMemberRow>;

/** Reads members; `MembershipsRepository` writes them. */
@Injectable()
export class MembersRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Newest members first, keyset-paged on (joined_at, user_id). */
  async list(
    tenantId: string,
    options: { q?: string; after?: { at: Date; id: string }; limit: number },
  ): Promise<MemberRow[]> {
    let query = members(typedQueries(this.dataSource))
      .where('m.tenantId', '=', tenantId)
      .orderBy('m.joinedAt', 'desc')
      .orderBy('m.userId', 'desc')
      .limit(options.limit);
    if (options.q) {
      const pattern = containsPattern(options.q);
      query = query.where((eb) => eb.or([eb('u.name', 'ilike', pattern), eb('u.email', 'ilike', pattern)]));
    }
    if (options.after) {
      const { at, id } = options.after;
      query = query.where((eb) => eb(eb.refTuple('m.joinedAt', 'm.userId'), '<', eb.tuple(at, id)));
    }
    return (await query.execute()).map(toMemberRow);
  }

  async find(tenantId: string, userId: string, manager?: EntityManager): Promise<MemberRow | undefined> {
    const record = await members(typedQueries(manager ?? this.dataSource))
      .where('m.tenantId', '=', tenantId)
      .where('m.userId', '=', userId)
      .executeTakeFirst();
    return record && toMemberRow(record);
  }
}
