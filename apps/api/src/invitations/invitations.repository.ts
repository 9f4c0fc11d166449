import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { expressionBuilder, sql } from 'kysely';
import { jsonArrayFrom, jsonBuildObject, jsonObjectFrom } from 'kysely/helpers/postgres';
import type { DataSource, EntityManager } from 'typeorm';
import { LANGUAGES, type Language } from '@cloudhub/permissions';
import { REVOKE_REASONS, type RevokeReason } from '../audit/audit-actions';
import { oneOf, oneOfOrNull } from '../database/closed-set';
import type { Invitations } from '../database/database.types';
import { containsPattern } from '../database/like-pattern';
import { compiledOnce, typedQueries, type Queries } from '../database/typed-queries';
import type { DeliveryOutcome } from '../mail/mail.types';
import { DELIVERY_STATES, type DeliveryState, type InvitationStatus } from './dto/invitation.dto';

/** An invitation nobody has accepted or revoked (the partial indexes `invitations_open_*` say the same). */
const OPEN = (() => {
  const eb = expressionBuilder<{ i: Invitations }, 'i'>();
  return eb.and([eb('i.acceptedAt', 'is', null), eb('i.revokedAt', 'is', null)]);
})();

/** A revoked, never accepted invitation (`invitations_revoked_list_idx`). */
const REVOKED = (() => {
  const eb = expressionBuilder<{ i: Invitations }, 'i'>();
  return eb.and([eb('i.acceptedAt', 'is', null), eb('i.revokedAt', 'is not', null)]);
})();

const now = () => sql<Date>`now()`;
const lifetime = (ttlSeconds: number) => sql<Date>`now() + make_interval(secs => ${ttlSeconds})`;
const uuids = (ids: readonly string[]) => sql<string[]>`${ids}::uuid[]`;

/** Where an invitation's current link stands: when it was sent, until when, and its delivery. */
const SEND_STATE = [
  'i.sentAt',
  'i.expiresAt',
  'i.createdAt',
  sql<boolean>`i.expires_at <= now()`.as('expired'),
  'i.delivery',
  'i.deliveryError',
  'i.sendCount',
  'i.renewalRequestedAt',
] as const;

/** Invitations as the admins' table shows them: with their roles, inviter and who revoked them. */
function invitations(db: Queries) {
  return db
    .selectFrom('invitations as i')
    .leftJoin('users as u', 'u.id', 'i.invitedBy')
    .select((eb) => [
      'i.id',
      'i.email',
      'i.language',
      ...SEND_STATE,
      'i.revokedAt',
      'i.revokeReason',
      jsonObjectFrom(
        eb.selectFrom('users as b').select(['b.id', 'b.name', 'b.email']).whereRef('b.id', '=', 'i.revokedBy'),
      ).as('revokedBy'),
      eb
        .case()
        .when('u.id', 'is', null)
        .then(null)
        .else(
          jsonBuildObject({
            id: eb.ref('u.id').$notNull(),
            name: eb.ref('u.name').$notNull(),
            email: eb.ref('u.email').$notNull(),
          }),
        )
        .end()
        .as('invitedBy'),
      jsonArrayFrom(
        eb
          .selectFrom('invitationRoles as ir')
          .innerJoin('roles as r', 'r.id', 'ir.roleId')
          .select(['r.id', 'r.name'])
          .whereRef('ir.invitationId', '=', 'i.id')
          .orderBy((o) => o.fn('lower', ['r.name'])),
      ).as('roles'),
    ]);
}

/**
 * The admins' table, one statement per shape of the request (status, search, next page), each compiled once:
 * the most frequent admin read at 100 000 invitations.
 */
const listQuery = memoizeByShape((shape: { status?: InvitationStatus; search: boolean; after: boolean }) =>
  compiledOnce(['tenantId', 'pattern', 'afterAt', 'afterId', 'limit'], (db, values) => {
    let query = invitations(db)
      .where('i.tenantId', '=', values.tenantId)
      .where(shape.status === 'revoked' ? REVOKED : OPEN)
      .orderBy('i.createdAt', 'desc')
      .orderBy('i.id', 'desc')
      .limit(sql<number>`${values.limit}`);
    if (shape.status === 'pending') query = query.where('i.expiresAt', '>', now());
    if (shape.status === 'expired') query = query.where('i.expiresAt', '<=', now());
    if (shape.search) query = query.where((eb) => eb(eb.fn('lower', ['i.email']), 'like', values.pattern));
    if (shape.after) {
      query = query.where((eb) =>
        eb(eb.refTuple('i.createdAt', 'i.id'), '<', eb.tuple(sql<Date>`${values.afterAt}`, values.afterId)),
      );
    }
    return query;
  }),
);

function memoizeByShape<Shape extends object, T>(make: (shape: Shape) => T): (shape: Shape) => T {
  const made = new Map<string, T>();
  return (shape) => {
    const key = JSON.stringify(shape);
    let value = made.get(key);
    if (value === undefined) {
      value = make(shape);
      made.set(key, value);
    }
    return value;
  };
}

type InvitationRecord = Awaited<ReturnType<ReturnType<typeof invitations>['execute']>>[number];

/** The stored text of the closed sets, checked. */
function toInvitationRow(record: InvitationRecord) {
  return {
    ...record,
    language: oneOf(LANGUAGES, record.language),
    delivery: oneOf(DELIVERY_STATES, record.delivery),
    revokeReason: oneOfOrNull(REVOKE_REASONS, record.revokeReason),
  };
}

export type InvitationRow = ReturnType<typeof toInvitationRow>;

/** An invitation revoked because its inviter no longer holds `users.manage` in the customer. */
export type OrphanedInvitation = Awaited<ReturnType<InvitationsRepository['revokeForFormerAdmins']>>[number];

export type CreationContext = Awaited<ReturnType<InvitationsRepository['creationContext']>>;

/** The one writer of `invitations`, `invitation_tokens` and `invitation_roles`. */
@Injectable()
export class InvitationsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  transaction<T>(work: (tx: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  /** A customer's open (or, with status `revoked`, revoked) invitations, newest first, keyset-paged on (created_at, id). */
  async list(
    tenantId: string,
    filter: { status?: InvitationStatus; q?: string; after?: { at: Date; id: string }; limit: number },
  ): Promise<InvitationRow[]> {
    const query = listQuery({
      status: filter.status,
      search: filter.q !== undefined && filter.q !== '',
      after: !!filter.after,
    });
    const rows = await query(this.dataSource, {
      tenantId,
      pattern: filter.q ? containsPattern(filter.q.toLowerCase()) : undefined,
      afterAt: filter.after?.at,
      afterId: filter.after?.id,
      limit: filter.limit,
    });
    return rows.map(toInvitationRow);
  }

  async findOpen(tenantId: string, id: string, manager?: EntityManager): Promise<InvitationRow | undefined> {
    const record = await invitations(typedQueries(manager ?? this.dataSource))
      .where('i.tenantId', '=', tenantId)
      .where('i.id', '=', id)
      .where(OPEN)
      .executeTakeFirst();
    return record && toInvitationRow(record);
  }

  /** Locks an open invitation for a delete; concurrent ones wait. */
  async lockOpen(tx: EntityManager, tenantId: string, id: string): Promise<boolean> {
    const row = await typedQueries(tx)
      .selectFrom('invitations as i')
      .select(sql<number>`1`.as('found'))
      .where('i.tenantId', '=', tenantId)
      .where('i.id', '=', id)
      .where(OPEN)
      .forUpdate()
      .executeTakeFirst();
    return row !== undefined;
  }

  /** Locks an invitation that can be sent again: open, or revoked (it then reopens); not an accepted one. */
  lockResendable(tx: EntityManager, tenantId: string, id: string) {
    return typedQueries(tx)
      .selectFrom('invitations as i')
      .select(['i.email', sql<boolean>`i.revoked_at IS NOT NULL`.as('revoked')])
      .where('i.tenantId', '=', tenantId)
      .where('i.id', '=', id)
      .where('i.acceptedAt', 'is', null)
      .forUpdate()
      .executeTakeFirst();
  }

  /**
   * Everything creating an invitation checks and shows, in one round trip: whether the address is a member
   * or invited already, which of the asked-for roles exist, the customer and the inviting admin.
   */
  async creationContext(
    tx: EntityManager,
    request: { tenantId: string; email: string; roleIds: readonly string[]; inviterId: string },
  ) {
    const [context] = await creationContextQuery(tx, request);
    if (!context) throw new Error(`no customer ${request.tenantId}`);
    return { ...context, language: oneOf(LANGUAGES, context.language) };
  }

  /** A new invitation with its roles and first link, in one statement; answers it as the table shows it. */
  async insertWithLink(
    tx: EntityManager,
    invitation: {
      tenantId: string;
      email: string;
      language: Language;
      roles: InvitationRow['roles'];
      /** Null for the first admin's invitation made by `npm run setup`, which acts with the operator's authority. */
      inviterId: string | null;
      inviter: InvitationRow['invitedBy'];
      ttlSeconds: number;
      tokenHash: string;
      mailId: string;
    },
  ): Promise<InvitationRow> {
    const [row] = await insertWithLinkQuery(tx, {
      tenantId: invitation.tenantId,
      email: invitation.email,
      language: invitation.language,
      inviterId: invitation.inviterId,
      issuedByOperator: invitation.inviterId === null,
      ttlSeconds: invitation.ttlSeconds,
      mailId: invitation.mailId,
      roleIds: invitation.roles.map((role) => role.id),
      tokenHash: invitation.tokenHash,
    });
    if (!row) throw new Error('the invitation was not inserted');
    return {
      ...row,
      email: invitation.email,
      language: invitation.language,
      delivery: oneOf(DELIVERY_STATES, row.delivery),
      roles: invitation.roles,
      invitedBy: invitation.inviter,
      revokedAt: null,
      revokedBy: null,
      revokeReason: null,
    };
  }

  /** For a batch: which of these addresses are members, and which have an open invitation, in one round trip. */
  async standingOf(tenantId: string, emails: readonly string[]) {
    const rows = await typedQueries(this.dataSource)
      .selectFrom(
        sql<{ email: string }>`unnest(${emails.map((email) => email.toLowerCase())}::text[])`.as<'e'>(sql`e(email)`),
      )
      .select((eb) => [
        'e.email',
        eb
          .exists(
            eb
              .selectFrom('memberships as m')
              .innerJoin('users as u', 'u.id', 'm.userId')
              .select(sql<number>`1`.as('found'))
              .where('m.tenantId', '=', tenantId)
              .where((sub) => sub(sub.fn('lower', ['u.email']), '=', sub.ref('e.email'))),
          )
          .as('isMember'),
        eb
          .selectFrom('invitations as i')
          .select('i.id')
          .where('i.tenantId', '=', tenantId)
          .where((sub) => sub(sub.fn('lower', ['i.email']), '=', sub.ref('e.email')))
          .where(OPEN)
          .as('openInvitationId'),
      ])
      .execute();
    return new Map(rows.map(({ email, ...standing }) => [email, standing]));
  }

  /** The customer's roles by id and name, for resolving a batch's role names. */
  rolesOf(tenantId: string) {
    return typedQueries(this.dataSource)
      .selectFrom('roles')
      .select(['id', 'name'])
      .where('tenantId', '=', tenantId)
      .execute();
  }

  async openInvitationId(tx: EntityManager, tenantId: string, email: string): Promise<string | undefined> {
    const row = await typedQueries(tx)
      .selectFrom('invitations as i')
      .select('i.id')
      .where('i.tenantId', '=', tenantId)
      .where((eb) => eb(eb.fn('lower', ['i.email']), '=', eb.fn('lower', [eb.val(email)])))
      .where(OPEN)
      .executeTakeFirst();
    return row?.id;
  }

  /** The new link works from now on; every earlier one stops working at once. */
  async rotateToken(tx: EntityManager, invitationId: string, tokenHash: string): Promise<void> {
    const db = typedQueries(tx);
    await db
      .updateTable('invitationTokens')
      .set({ replacedAt: now() })
      .where('invitationId', '=', invitationId)
      .where('replacedAt', 'is', null)
      .execute();
    await db.insertInto('invitationTokens').values({ tokenHash, invitationId }).execute();
  }

  /**
   * `mailId` is the e-mail of this send: only its delivery reports change the row from now on. The admin who
   * sends it is its inviter from now on (their name is in the e-mail, their authority backs it), and a revoked
   * invitation opens again.
   */
  async markResent(
    tx: EntityManager,
    resend: { id: string; inviterId: string; ttlSeconds: number; mailId: string },
  ): Promise<void> {
    await typedQueries(tx)
      .updateTable('invitations')
      .set((eb) => ({
        sentAt: now(),
        expiresAt: lifetime(resend.ttlSeconds),
        sendCount: eb('sendCount', '+', 1),
        delivery: 'queued' satisfies DeliveryState,
        deliveryError: null,
        renewalRequestedAt: null,
        mailId: resend.mailId,
        invitedBy: resend.inviterId,
        issuedByOperator: false,
        revokedAt: null,
        revokedBy: null,
        revokeReason: null,
      }))
      .where('id', '=', resend.id)
      .execute();
  }

  async revoke(tx: EntityManager, id: string, adminId: string): Promise<void> {
    await typedQueries(tx)
      .updateTable('invitations')
      .set({ revokedAt: now(), revokedBy: adminId, revokeReason: 'deleted' satisfies RevokeReason })
      .where('id', '=', id)
      .execute();
  }

  /** Marks the invitation used by this account; the membership itself is the memberships repository's. */
  async markAccepted(tx: EntityManager, invitationId: string, userId: string): Promise<void> {
    await typedQueries(tx)
      .updateTable('invitations')
      .set({ acceptedAt: now(), acceptedBy: userId })
      .where('id', '=', invitationId)
      .execute();
  }

  /** The invited person asked for a new link now; answers when. */
  async markRenewalRequested(tx: EntityManager, invitationId: string): Promise<Date> {
    const row = await typedQueries(tx)
      .updateTable('invitations')
      .set({ renewalRequestedAt: now() })
      .where('id', '=', invitationId)
      .returning('renewalRequestedAt as at')
      .executeTakeFirstOrThrow();
    if (row.at === null) throw new Error('renewal_requested_at was just set');
    return row.at;
  }

  /**
   * Revokes the open invitations of those who just stopped holding `users.manage` in the customer: they
   * acted with that authority. Why, per inviter: no longer a member (removed by someone, or left), or still a
   * member without the permission.
   */
  async revokeForFormerAdmins(
    tx: EntityManager,
    change: { tenantId: string; actorId: string | null; formerAdminIds: readonly string[] },
  ) {
    const rows = await typedQueries(tx)
      .updateTable('invitations as i')
      .set((eb) => ({
        revokedAt: now(),
        revokeReason: eb
          .case()
          .when(
            eb.exists(
              eb
                .selectFrom('memberships as m')
                .select(sql<number>`1`.as('found'))
                .whereRef('m.tenantId', '=', 'i.tenantId')
                .whereRef('m.userId', '=', 'i.invitedBy'),
            ),
          )
          .then(sql.lit('inviter_lost_rights' satisfies RevokeReason))
          .when('i.invitedBy', '=', change.actorId)
          .then(sql.lit('inviter_left' satisfies RevokeReason))
          .else(sql.lit('inviter_removed' satisfies RevokeReason))
          .end(),
      }))
      .where('i.tenantId', '=', change.tenantId)
      .where('i.invitedBy', '=', (eb) => eb.fn.any(uuids(change.formerAdminIds)))
      .where(OPEN)
      .returning((eb) => [
        'i.id',
        'i.email',
        'i.invitedBy as inviterId',
        'i.revokeReason as reason',
        eb.selectFrom('users as u').select('u.name').whereRef('u.id', '=', 'i.invitedBy').as('inviterName'),
      ])
      .execute();
    // The reason was set by this very statement.
    return rows.map((row) => ({ ...row, reason: oneOf(REVOKE_REASONS_OF_AUTHORITY, `${row.reason}`) }));
  }

  /** Only the latest e-mail of an invitation decides its delivery state. */
  async recordDelivery(mailIds: readonly string[], outcome: DeliveryOutcome): Promise<void> {
    const [delivery, error] =
      outcome.state === 'sent' ? ['sent' as const, null] : [deliveryOf(outcome.state), outcome.reason];
    await typedQueries(this.dataSource)
      .updateTable('invitations')
      .set({ delivery, deliveryError: error })
      .where('mailId', '=', (eb) => eb.fn.any(uuids(mailIds)))
      .execute();
  }
}

const REVOKE_REASONS_OF_AUTHORITY = REVOKE_REASONS.filter(
  (reason): reason is Exclude<RevokeReason, 'deleted'> => reason !== 'deleted',
);

/** A retrying e-mail is still on its way: the table says queued, with the last reason. */
const deliveryOf = (state: 'retrying' | 'failed'): DeliveryState => (state === 'failed' ? 'failed' : 'queued');

/**
 * Everything creating an invitation checks and shows, in one statement compiled once (the create path's
 * profile showed Kysely building it on every call): whether the address is a member or invited already,
 * which of the asked-for roles exist, the customer and the inviting admin.
 */
const creationContextQuery = compiledOnce(['tenantId', 'email', 'roleIds', 'inviterId'], (db, values) =>
  db
    .selectFrom('tenants as t')
    .select((eb) => [
      't.language',
      't.companyName',
      't.customerNumber',
      eb
        .exists(
          eb
            .selectFrom('memberships as m')
            .innerJoin('users as u', 'u.id', 'm.userId')
            .select(sql<number>`1`.as('found'))
            .whereRef('m.tenantId', '=', 't.id')
            .where((sub) => sub(sub.fn('lower', ['u.email']), '=', sub.fn('lower', [sub.val(values.email)]))),
        )
        .as('isMember'),
      eb
        .selectFrom('invitations as i')
        .select('i.id')
        .whereRef('i.tenantId', '=', 't.id')
        .where((sub) => sub(sub.fn('lower', ['i.email']), '=', sub.fn('lower', [sub.val(values.email)])))
        .where(OPEN)
        .as('openInvitationId'),
      jsonArrayFrom(
        eb
          .selectFrom('roles as r')
          .select(['r.id', 'r.name'])
          .whereRef('r.tenantId', '=', 't.id')
          .where('r.id', '=', eb.fn.any(sql<string[]>`${values.roleIds}::uuid[]`))
          .orderBy((o) => o.fn('lower', ['r.name'])),
      ).as('roles'),
      jsonObjectFrom(
        eb.selectFrom('users as u').select(['u.id', 'u.name', 'u.email']).where('u.id', '=', values.inviterId),
      ).as('inviter'),
    ])
    .where('t.id', '=', values.tenantId),
);

/** A new invitation with its roles and first link, in one statement compiled once. */
const insertWithLinkQuery = compiledOnce(
  ['tenantId', 'email', 'language', 'inviterId', 'issuedByOperator', 'ttlSeconds', 'mailId', 'roleIds', 'tokenHash'],
  (db, values) =>
    db
      .with('invitation', (cte) =>
        cte
          .insertInto('invitations')
          .values({
            tenantId: values.tenantId,
            email: values.email,
            language: values.language,
            invitedBy: sql<string | null>`${values.inviterId}`,
            issuedByOperator: sql<boolean>`${values.issuedByOperator}`,
            expiresAt: sql<Date>`now() + make_interval(secs => ${values.ttlSeconds})`,
            mailId: values.mailId,
          })
          .returningAll(),
      )
      .with('granted', (cte) =>
        cte
          .insertInto('invitationRoles')
          .columns(['invitationId', 'tenantId', 'roleId'])
          .expression((eb) =>
            eb
              .selectFrom([
                'invitation',
                sql<{ roleId: string }>`unnest(${values.roleIds}::uuid[])`.as<'granted'>(sql`granted(role_id)`),
              ])
              .select(['invitation.id', 'invitation.tenantId', 'granted.roleId']),
          ),
      )
      .with('link', (cte) =>
        cte
          .insertInto('invitationTokens')
          .columns(['tokenHash', 'invitationId'])
          .expression((eb) => eb.selectFrom('invitation').select([eb.val(values.tokenHash).as('tokenHash'), 'id'])),
      )
      .selectFrom('invitation as i')
      .select(['i.id', ...SEND_STATE]),
);
