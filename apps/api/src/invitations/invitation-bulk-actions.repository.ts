import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { sql } from 'kysely';
import type { DataSource } from 'typeorm';
import { typedQueries } from '../database/typed-queries';
import { OPEN } from './invitations.repository';

/** Where one invitation of a bulk action stands: what resending or deleting it would do. */
export interface BulkStanding {
  readonly id: string;
  readonly email: string;
  readonly revoked: boolean;
  /** Only for a revoked one, which reopens: whether the address joined meanwhile. */
  readonly isMember: boolean;
  /** Only for a revoked one: the address's open invitation, if it was invited again meanwhile. */
  readonly openInvitationId: string | null;
}

/**
 * What bulk resends and deletes read before they act. Read only: every change goes through the single
 * invitation's own operations (`InvitationsService`), and so through the invitations repository.
 */
@Injectable()
export class InvitationBulkActionsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * The customer's not accepted invitations among `ids`, by id, in one round trip; ids of other customers,
   * accepted or unknown ones are simply absent.
   */
  async standingOf(tenantId: string, ids: readonly string[]): Promise<Map<string, BulkStanding>> {
    const rows = await typedQueries(this.dataSource)
      .selectFrom('invitations as i')
      .select((eb) => [
        'i.id',
        'i.email',
        sql<boolean>`i.revoked_at IS NOT NULL`.as('revoked'),
        eb
          .exists(
            eb
              .selectFrom('memberships as m')
              .innerJoin('users as u', 'u.id', 'm.userId')
              .select(sql<number>`1`.as('found'))
              .whereRef('m.tenantId', '=', 'i.tenantId')
              .where((sub) => sub(sub.fn('lower', ['u.email']), '=', sub.fn('lower', ['i.email']))),
          )
          .as('isMember'),
        eb
          .selectFrom('invitations as o')
          .select('o.id')
          .whereRef('o.tenantId', '=', 'i.tenantId')
          .where((sub) => sub(sub.fn('lower', ['o.email']), '=', sub.fn('lower', ['i.email'])))
          .where('o.acceptedAt', 'is', null)
          .where('o.revokedAt', 'is', null)
          .as('openInvitationId'),
      ])
      .where('i.tenantId', '=', tenantId)
      .where('i.id', '=', (eb) => eb.fn.any(sql<string[]>`${ids}::uuid[]`))
      .where('i.acceptedAt', 'is', null)
      .execute();
    return new Map(rows.map((row) => [row.id, { ...row, isMember: row.isMember === true }]));
  }

  /** How many of the customer's open invitations have expired. */
  async countExpired(tenantId: string): Promise<number> {
    const row = await typedQueries(this.dataSource)
      .selectFrom('invitations as i')
      .select((eb) => eb.fn.countAll<string>().as('count'))
      .where('i.tenantId', '=', tenantId)
      .where(OPEN)
      .where('i.expiresAt', '<=', sql<Date>`now()`)
      .executeTakeFirstOrThrow();
    return Number(row.count);
  }

  /**
   * The first `limit` expired open invitations in the order "Resend all expired" sends them: those whose
   * invitee asked for a new link first (latest request first), then the most recently expired, which are the
   * likeliest to be still wanted.
   */
  expiredInSendingOrder(tenantId: string, limit: number) {
    return typedQueries(this.dataSource)
      .selectFrom('invitations as i')
      .select(['i.id', 'i.email'])
      .where('i.tenantId', '=', tenantId)
      .where(OPEN)
      .where('i.expiresAt', '<=', sql<Date>`now()`)
      .orderBy(sql`i.renewal_requested_at DESC NULLS LAST`)
      .orderBy('i.expiresAt', 'desc')
      .orderBy('i.id', 'desc')
      .limit(limit)
      .execute();
  }
}
