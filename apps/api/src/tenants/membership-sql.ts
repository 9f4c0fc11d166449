import { expressionBuilder, sql, type Expression } from 'kysely';
import { jsonArrayFrom } from 'kysely/helpers/postgres';
import type { DB } from '../database/database.types';

/** A membership row of the surrounding query, e.g. `{ tenantId: eb.ref('m.tenantId'), userId: eb.ref('m.userId') }`. */
export interface MembershipRef {
  readonly tenantId: Expression<string>;
  readonly userId: Expression<string>;
}

const eb = expressionBuilder<DB>();

/**
 * Typed expressions over a membership of the surrounding query, shared by every query that shows a member's
 * rights, so "what a membership grants" is written once and always read fresh from the roles.
 */

/** Every permission the membership's roles grant, distinct and sorted; `{}` when it has none. */
export function permissionsOfMembership(membership: MembershipRef) {
  return eb.fn.coalesce(
    eb
      .selectFrom('membershipRoles as mr')
      .innerJoin('roles as r', 'r.id', 'mr.roleId')
      .crossJoinLateral((lateral) =>
        sql<{ permission: string }>`unnest(${lateral.ref('r.permissions')})`.as('permission'),
      )
      .select((agg) =>
        agg.fn
          .agg<string[]>('array_agg', ['permission.permission'])
          .distinct()
          .orderBy('permission.permission')
          .as('permissions'),
      )
      .where('mr.tenantId', '=', membership.tenantId)
      .where('mr.userId', '=', membership.userId),
    sql<string[]>`'{}'`,
  );
}

/** The membership's roles as `[{id, name}]`, by name; `[]` when it has none. */
export function rolesOfMembership(membership: MembershipRef) {
  return jsonArrayFrom(
    eb
      .selectFrom('membershipRoles as mr')
      .innerJoin('roles as r', 'r.id', 'mr.roleId')
      .select(['r.id', 'r.name'])
      .where('mr.tenantId', '=', membership.tenantId)
      .where('mr.userId', '=', membership.userId)
      .orderBy((order) => order.fn('lower', ['r.name'])),
  );
}
