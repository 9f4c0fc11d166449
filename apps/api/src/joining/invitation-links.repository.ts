import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { sql } from 'kysely';
import { jsonArrayFrom, jsonBuildObject } from 'kysely/helpers/postgres';
import type { DataSource, EntityManager } from 'typeorm';
import { ADMIN_PERMISSION, LANGUAGES, PERMISSIONS } from '@cloudhub/permissions';
import { allOf, oneOf } from '../database/closed-set';
import { typedQueries, type Queries } from '../database/typed-queries';
import { hashInvitationToken } from '../invitations/invitation-token';
import { LINK_STATUSES, type LinkStatus } from './dto/joining.dto';

/** What a link can find: every state but `invalid`, which is a link that finds nothing. */
const FOUND_STATUSES = LINK_STATUSES.filter((status): status is Exclude<LinkStatus, 'invalid'> => status !== 'invalid');

function linkedInvitations(db: Queries) {
  return db
    .selectFrom('invitationTokens as t')
    .innerJoin('invitations as i', 'i.id', 't.invitationId')
    .innerJoin('tenants as tn', 'tn.id', 'i.tenantId')
    .leftJoin('users as u', 'u.id', 'i.invitedBy')
    .select((eb) => [
      'i.id',
      'i.tenantId',
      'i.email',
      'i.language',
      'i.expiresAt',
      'i.renewalRequestedAt',
      eb
        .case()
        .when('i.revokedAt', 'is not', null)
        .then(sql.lit('revoked'))
        .when('i.acceptedAt', 'is not', null)
        .then(sql.lit('accepted'))
        // An invitation acts with its inviter's authority; revoked when it ends, and never accepted
        // without it even if that revocation has not happened (yet).
        .when(
          eb.not(
            eb.or([
              eb.ref('i.issuedByOperator'),
              eb.exists(
                eb
                  .selectFrom('membershipRoles as mr')
                  .innerJoin('roles as r', 'r.id', 'mr.roleId')
                  .select(sql<number>`1`.as('found'))
                  .whereRef('mr.tenantId', '=', 'i.tenantId')
                  .whereRef('mr.userId', '=', 'i.invitedBy')
                  .where((sub) => sub(sub.val<string>(ADMIN_PERMISSION), '=', sub.fn.any('r.permissions'))),
              ),
            ]),
          ),
        )
        .then(sql.lit('revoked'))
        .when('i.expiresAt', '<=', sql<Date>`now()`)
        .then(sql.lit('expired'))
        .else(sql.lit('pending'))
        .end()
        .as('status'),
      sql<boolean>`t.replaced_at IS NOT NULL`.as('replaced'),
      'tn.companyName',
      'tn.customerNumber',
      eb
        .case()
        .when('u.id', 'is', null)
        .then(null)
        .else(
          jsonBuildObject({
            id: eb.ref('u.id').$notNull(),
            name: eb.ref('u.name').$notNull(),
            email: eb.ref('u.email').$notNull(),
            language: eb.ref('u.language').$notNull(),
          }),
        )
        .end()
        .as('invitedBy'),
      jsonArrayFrom(
        eb
          .selectFrom('invitationRoles as ir')
          .innerJoin('roles as r', 'r.id', 'ir.roleId')
          .select(['r.id', 'r.name', 'r.permissions'])
          .whereRef('ir.invitationId', '=', 'i.id')
          .orderBy((o) => o.fn('lower', ['r.name'])),
      ).as('roles'),
      eb
        .exists(
          eb
            .selectFrom('users as a')
            .select(sql<number>`1`.as('found'))
            .where((sub) => sub(sub.fn('lower', ['a.email']), '=', sub.fn('lower', ['i.email']))),
        )
        .as('accountExists'),
    ]);
}

type FoundRow = Awaited<ReturnType<ReturnType<typeof linkedInvitations>['execute']>>[number];

/**
 * Reads an invitation through its link. Only reads: `InvitationsRepository` is the one writer of the
 * invitation tables, joining included.
 */
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
  async find(token: string, options: { tx?: EntityManager; lock?: boolean } = {}) {
    let query = linkedInvitations(typedQueries(options.tx ?? this.dataSource)).where(
      't.tokenHash',
      '=',
      hashInvitationToken(token),
    );
    if (options.lock) query = query.forUpdate('i');
    const row = await query.executeTakeFirst();
    return row && toLinkedInvitation(row);
  }
}

function toLinkedInvitation(row: FoundRow) {
  return {
    ...row,
    language: oneOf(LANGUAGES, row.language),
    status: oneOf(FOUND_STATUSES, row.status),
    accountExists: Boolean(row.accountExists),
    invitedBy: row.invitedBy && { ...row.invitedBy, language: oneOf(LANGUAGES, row.invitedBy.language) },
    roles: row.roles.map((role) => ({ ...role, permissions: allOf(PERMISSIONS, role.permissions) })),
  };
}

/** An invitation as its link finds it, with the state the link is in. */
export type LinkedInvitation = ReturnType<typeof toLinkedInvitation>;
