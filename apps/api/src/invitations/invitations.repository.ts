import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { expressionBuilder, sql } from 'kysely';
import { jsonArrayFrom, jsonBuildObject, jsonObjectFrom } from 'kysely/helpers/postgres';
import type { DataSource, EntityManager } from 'typeorm';
import { LANGUAGES, type Language } from '@cloudhub/permissions';
import { REVOKE_REASONS, type RevokeReason } from '../audit/audit-actions';
import { oneOf, oneOfOrNull } from '../database/closed-set';
import type { DB, Invitations } from '../database/database.types';
import { exactTime } from '../database/exact-time';
import { NO_ROLE } from '../roles/role-filter';
import { containsPattern } from '../database/like-pattern';
import { compiledOnce, typedQueries, type Queries } from '../database/typed-queries';
import type { DeliveryOutcome } from '../mail/mail.types';
import { DELIVERY_STATES, type DeliveryState, type InvitationSort, type InvitationStatus } from './dto/invitation.dto';

/** An invitation nobody has accepted or revoked (the partial indexes `invitations_open_*` say the same). */
export const OPEN = (() => {
  const eb = expressionBuilder<{ i: Invitations }, 'i'>();
  return eb.and([eb('i.acceptedAt', 'is', null), eb('i.revokedAt', 'is', null)]);
})();

/** A revoked, never accepted invitation. */
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

/** Which invitations the admins' table, its counts and its export read, besides the customer and status. */
export interface InvitationSelection {
  status?: InvitationStatus;
  delivery?: DeliveryState;
  /** A role's id, or `none` for the invitations that grant no role. */
  roleId?: string;
  inviterId?: string;
  q?: string;
}

/** The shape of a selection: which filters are present (their values are parameters of one compiled statement). */
function shapeOf(selection: Omit<InvitationSelection, 'status'>) {
  return {
    search: selection.q !== undefined && selection.q !== '',
    delivery: selection.delivery !== undefined,
    role:
      selection.roleId === undefined ? undefined : selection.roleId === NO_ROLE ? ('none' as const) : ('one' as const),
    inviter: selection.inviterId !== undefined,
  };
}

type SelectionShape = ReturnType<typeof shapeOf>;

/** The selection's values, by the names of the placeholders in `filtersOf`. */
function valuesOf(selection: Omit<InvitationSelection, 'status'>) {
  return {
    pattern: selection.q ? containsPattern(selection.q.toLowerCase()) : undefined,
    delivery: selection.delivery,
    roleId: selection.roleId === NO_ROLE ? undefined : selection.roleId,
    inviterId: selection.inviterId,
  };
}

const FILTER_VALUES = ['pattern', 'delivery', 'roleId', 'inviterId'] as const;

/** The filters other than status, as one condition (`true` without any). */
function filtersOf(shape: SelectionShape, values: Readonly<Record<(typeof FILTER_VALUES)[number], string>>) {
  const eb = expressionBuilder<DB & { i: Invitations }, 'i'>();
  const roleGranted = eb.exists(
    eb
      .selectFrom('invitationRoles as ir')
      .select(sql<number>`1`.as('found'))
      .whereRef('ir.invitationId', '=', 'i.id')
      .$if(shape.role === 'one', (sub) => sub.where('ir.roleId', '=', sql<string>`${values.roleId}::uuid`)),
  );
  return eb.and([
    ...(shape.search ? [eb(eb.fn('lower', ['i.email']), 'like', values.pattern)] : []),
    ...(shape.delivery ? [eb('i.delivery', '=', values.delivery)] : []),
    ...(shape.role === 'one' ? [roleGranted] : shape.role === 'none' ? [eb.not(roleGranted)] : []),
    ...(shape.inviter ? [eb('i.invitedBy', '=', sql<string>`${values.inviterId}::uuid`)] : []),
  ]);
}

/** The column each sort orders by; `email` compares the address as the unique index does, lower-cased. */
const SORT_COLUMNS = {
  sent: sql<Date>`i.sent_at`,
  email: sql<string>`lower(i.email)`,
  expires: sql<Date>`i.expires_at`,
} as const;

type SortColumn = keyof typeof SORT_COLUMNS;

export function sortColumnOf(sort: InvitationSort): SortColumn {
  return sort.startsWith('-') ? (sort.slice(1) as SortColumn) : (sort as SortColumn);
}

/** The sort key as text a cursor carries (times to the microsecond). */
const SORT_KEYS = {
  sent: exactTime('i.sentAt'),
  email: sql<string>`lower(i.email)`,
  expires: exactTime('i.expiresAt'),
} as const satisfies Record<SortColumn, unknown>;

/** The after-key as the column's type: a time (as `exactTime` wrote it) or text. */
const afterKeyOf = (column: SortColumn, placeholder: string) =>
  column === 'email' ? sql<string>`${placeholder}::text` : sql<Date>`${placeholder}::timestamptz`;

/**
 * The admins' table, one statement per shape of the request (status, sort, filters, next page), each compiled
 * once: the most frequent admin read at 100 000 invitations. Keyset-paged on (sort column, id).
 */
const listQuery = memoizeByShape(
  (shape: SelectionShape & { status?: InvitationStatus; sort: InvitationSort; after: boolean }) =>
    compiledOnce(['tenantId', ...FILTER_VALUES, 'afterKey', 'afterId', 'limit'], (db, values) => {
      const column = sortColumnOf(shape.sort);
      const direction = shape.sort.startsWith('-') ? 'desc' : 'asc';
      let query = invitations(db)
        .select(SORT_KEYS[column].as('sortKey'))
        .where('i.tenantId', '=', values.tenantId)
        .where(shape.status === 'revoked' ? REVOKED : OPEN)
        .where(filtersOf(shape, values))
        .orderBy(SORT_COLUMNS[column], direction)
        .orderBy('i.id', direction)
        .limit(sql<number>`${values.limit}`);
      if (shape.status === 'pending') query = query.where('i.expiresAt', '>', now());
      if (shape.status === 'expired') query = query.where('i.expiresAt', '<=', now());
      if (shape.after) {
        query = query.where((eb) =>
          eb(
            eb.refTuple(SORT_COLUMNS[column], 'i.id'),
            direction === 'desc' ? '<' : '>',
            eb.tuple(afterKeyOf(column, values.afterKey), sql<string>`${values.afterId}::uuid`),
          ),
        );
      }
      return query;
    }),
);

/**
 * The tabs' and chips' counts in one statement per shape: one pass over the customer's open and revoked
 * invitations (`invitations_unaccepted_counts_idx` holds every column it reads).
 */
const countsQuery = memoizeByShape((shape: SelectionShape) =>
  compiledOnce(['tenantId', ...FILTER_VALUES], (db, values) =>
    db
      .selectFrom('invitations as i')
      .select((eb) => {
        const count = (condition: ReturnType<typeof eb.and>) =>
          sql<number>`(count(*) FILTER (WHERE ${condition}))::int`;
        const open = eb('i.revokedAt', 'is', null);
        return [
          count(eb.and([open])).as('open'),
          count(eb.and([open, eb('i.expiresAt', '>', now())])).as('pending'),
          count(eb.and([open, eb('i.expiresAt', '<=', now())])).as('expired'),
          count(eb.and([eb('i.revokedAt', 'is not', null)])).as('revoked'),
          count(eb.and([open, eb('i.delivery', '=', sql.lit('failed' satisfies DeliveryState))])).as('failedDelivery'),
        ];
      })
      .where('i.tenantId', '=', values.tenantId)
      .where('i.acceptedAt', 'is', null)
      .where(filtersOf({ ...shape, delivery: false }, values)),
  ),
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

  /**
   * A customer's open (or, with status `revoked`, revoked) invitations in the asked order, keyset-paged on
   * (sort column, id); `after` is the last row's `sortKey` and id.
   */
  async list(
    tenantId: string,
    selection: InvitationSelection & { sort: InvitationSort; after?: { key: string; id: string }; limit: number },
  ): Promise<(InvitationRow & { sortKey: string })[]> {
    const query = listQuery({
      ...shapeOf(selection),
      status: selection.status,
      sort: selection.sort,
      after: !!selection.after,
    });
    const rows = await query(this.dataSource, {
      tenantId,
      ...valuesOf(selection),
      afterKey: selection.after?.key,
      afterId: selection.after?.id,
      limit: selection.limit,
    });
    return rows.map((row) => ({ ...toInvitationRow(row), sortKey: row.sortKey }));
  }

  /** How many open, pending, expired, revoked and failed-delivery invitations the filters leave. */
  async counts(tenantId: string, selection: Omit<InvitationSelection, 'status' | 'delivery'>) {
    const [counts] = await countsQuery(shapeOf(selection))(this.dataSource, {
      tenantId,
      ...valuesOf(selection),
      delivery: undefined,
    });
    if (!counts) throw new Error('an aggregate answers one row');
    return counts;
  }

  /** One invitation of the customer, whatever became of it (open, revoked or accepted, and by whom). */
  async findAny(tenantId: string, id: string) {
    const record = await invitations(typedQueries(this.dataSource))
      .select((eb) => [
        'i.acceptedAt',
        // Only while they are a member here: a former member's later name and address are no business of this customer.
        jsonObjectFrom(
          eb
            .selectFrom('users as a')
            .innerJoin('memberships as m', (join) =>
              join.onRef('m.userId', '=', 'a.id').onRef('m.tenantId', '=', 'i.tenantId'),
            )
            .select(['a.id', 'a.name', 'a.email'])
            .whereRef('a.id', '=', 'i.acceptedBy'),
        ).as('acceptedBy'),
      ])
      .where('i.tenantId', '=', tenantId)
      .where('i.id', '=', id)
      .executeTakeFirst();
    return record && { ...toInvitationRow(record), acceptedAt: record.acceptedAt, acceptedBy: record.acceptedBy };
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
      .select([
        'i.email',
        sql<boolean>`i.revoked_at IS NOT NULL`.as('revoked'),
        sql<boolean>`i.expires_at <= now()`.as('expired'),
      ])
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
