import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { sql } from 'kysely';
import type { DataSource, EntityManager } from 'typeorm';
import { PERMISSIONS } from '@cloudhub/permissions';
import { allOf } from '../database/closed-set';
import { exactTime } from '../database/exact-time';
import { containsPattern } from '../database/like-pattern';
import { typedQueries, type Queries } from '../database/typed-queries';
import { permissionsOfMembership, rolesOfMembership } from '../tenants/membership-sql';
import { NO_ROLE } from '../roles/role-filter';
import { isDescending, sortField, type MemberFilter, type MemberSort, type MemberSortField } from './member-list';

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

/**
 * Names in ICU's root collation, which is German dictionary order (DIN 5007-1): Ä sorts with A and ß with ss,
 * and case and accents only break ties, so "anna", "Anna" and "Änne" stand together before "Anton". The
 * database's own collation may be C (byte order: "Zoe" before "anna", "Ärger" after "zu"). The collation is
 * made by the migration `members-table`: ICU's root where the database is UTF-8, byte order where it is not.
 */
export const NAME_COLLATION = 'cloudhub_names';

/** What each sort orders by. */
const SORT_COLUMNS = {
  name: sql<string>`${sql.ref('u.name')} collate ${sql.id(NAME_COLLATION)}`,
  joined: sql<Date>`${sql.ref('m.joinedAt')}`,
} as const;

/**
 * The user id that breaks ties, from the table whose index holds the sort column next to it: compared as
 * `users.id`, a name page after a cursor starts in `users_name_idx` (6 ms at 100 000 members); as
 * `memberships.user_id` it walked the index from the start (100 ms, growing with every page).
 */
const TIE_COLUMNS = { name: 'u.id', joined: 'm.userId' } as const;

/**
 * The sort key as a cursor carries it: the name, or the joining time with all six digits of its microseconds
 * (a JavaScript Date has three: a key cut to milliseconds would skip or repeat members who joined within the
 * same millisecond, as a bulk import does).
 */
const CURSOR_KEYS = {
  name: sql<string>`${sql.ref('u.name')}`,
  joined: exactTime('m.joinedAt'),
} as const;

const afterKey = (field: MemberSortField, key: string) =>
  field === 'joined' ? sql<Date>`${key}::timestamptz` : sql<string>`${key}::text`;

export interface SortKey {
  readonly key: string;
  readonly id: string;
}

/** Name or e-mail address contains `q` (case-insensitive); for queries that join `users as u`. */
function nameOrEmailContains(q: string) {
  const pattern = containsPattern(q);
  return sql<boolean>`(${sql.ref('u.name')} ilike ${pattern} or ${sql.ref('u.email')} ilike ${pattern})`;
}

/** The membership `m` has the role, or (NO_ROLE) none at all. */
function hasRole(role: string) {
  const roles = sql`select 1 from membership_roles mr where mr.tenant_id = ${sql.ref('m.tenantId')} and mr.user_id = ${sql.ref('m.userId')}`;
  return role === NO_ROLE
    ? sql<boolean>`not exists (${roles})`
    : sql<boolean>`exists (${roles} and mr.role_id = ${role})`;
}

/** Reads members; `MembershipsRepository` writes them. */
@Injectable()
export class MembersRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** One page in the given order, keyset-paged on (sort key, user id); `sortKey` is the row's cursor key. */
  async list(tenantId: string, filter: MemberFilter, sort: MemberSort, page: { after?: SortKey; limit: number }) {
    const field = sortField(sort);
    const direction = isDescending(sort) ? 'desc' : 'asc';
    let query = members(typedQueries(this.dataSource))
      .select(CURSOR_KEYS[field].as('sortKey'))
      .where('m.tenantId', '=', tenantId)
      .orderBy(SORT_COLUMNS[field], direction)
      .orderBy(TIE_COLUMNS[field], direction)
      .limit(page.limit);
    if (filter.q) query = query.where(nameOrEmailContains(filter.q));
    if (filter.role) query = query.where(hasRole(filter.role));
    if (page.after) {
      const { key, id } = page.after;
      const beyond = sql.raw(direction === 'desc' ? '<' : '>');
      query = query.where(
        sql<boolean>`(${SORT_COLUMNS[field]}, ${sql.ref(TIE_COLUMNS[field])}) ${beyond} (${afterKey(field, key)}, ${id}::uuid)`,
      );
    }
    return (await query.execute()).map((record) => ({ ...toMemberRow(record), sortKey: record.sortKey }));
  }

  /** How many members match `q`: in all, without any role, and per role of the customer (by name). */
  async counts(tenantId: string, q: string | undefined) {
    const db = typedQueries(this.dataSource);
    const matching = db
      .selectFrom('memberships as m')
      .innerJoin('users as u', 'u.id', 'm.userId')
      .where('m.tenantId', '=', tenantId)
      .$if(Boolean(q), (query) => query.where(nameOrEmailContains(q ?? '')));
    const [totals, roles] = await Promise.all([
      matching
        .select([
          sql<number>`count(*)::int`.as('all'),
          sql<number>`(count(*) filter (where ${hasRole(NO_ROLE)}))::int`.as('withoutRole'),
        ])
        .executeTakeFirstOrThrow(),
      db
        .selectFrom('roles as r')
        .leftJoin(
          matching
            .innerJoin('membershipRoles as mr', (join) =>
              join.onRef('mr.tenantId', '=', 'm.tenantId').onRef('mr.userId', '=', 'm.userId'),
            )
            .select(['mr.roleId', 'mr.userId'])
            .as('held'),
          'held.roleId',
          'r.id',
        )
        .select(['r.id as roleId', sql<number>`count(${sql.ref('held.userId')})::int`.as('members')])
        .where('r.tenantId', '=', tenantId)
        .groupBy('r.id')
        .orderBy((order) => order.fn('lower', ['r.name']))
        .execute(),
    ]);
    return { ...totals, roles };
  }

  async find(tenantId: string, userId: string, manager?: EntityManager): Promise<MemberRow | undefined> {
    const record = await members(typedQueries(manager ?? this.dataSource))
      .where('m.tenantId', '=', tenantId)
      .where('m.userId', '=', userId)
      .executeTakeFirst();
    return record && toMemberRow(record);
  }
}
