import { Injectable } from '@nestjs/common';
import { sql } from 'kysely';
import type { EntityManager } from 'typeorm';
import { ADMIN_PERMISSION, LANGUAGES, type Language } from '@cloudhub/permissions';
import type { HandoverReason } from '../audit/audit-actions';
import { AuditLog } from '../audit/audit-log';
import type { RuntimeConfig } from '../config/app-config';
import { InjectConfig } from '../config/config.module';
import { oneOf } from '../database/closed-set';
import { typedQueries } from '../database/typed-queries';
import { MailOutbox } from '../mail/mail-outbox';
import { permissionsOfMembership, rolesOfMembership } from './membership-sql';
import { MembershipsRepository } from './memberships.repository';
import { TenantDirectory } from './tenant-directory';
import { permissionRequired, successorIsSelf, successorNotMember, successorOnlyForOwnRights } from './tenants.errors';

/**
 * The role every customer starts with (`FIRST_ROLE` of the customer setup, *Administrator* in PRODUCT.md), and
 * the one a hand-over grants when a customer has several that grant `users.manage`.
 */
export const ADMINISTRATOR_ROLE_NAME = 'Administrator';

/** An admin who leaves or gives up the admin rights, naming who takes over. */
export interface SuccessionRequest {
  readonly tenantId: string;
  /** Who asks: must hold `users.manage` when the change starts. */
  readonly actorId: string;
  /** Whose rights the change is about: a successor takes over only from the caller themselves. */
  readonly outgoingId: string;
  readonly successorId: string;
  readonly reason: HandoverReason;
}

interface Successor {
  readonly userId: string;
  readonly name: string;
  readonly email: string;
  readonly language: Language;
  readonly isAdmin: boolean;
}

/**
 * "No dead end for the last admin": the one place that decides who may take over a customer's administration
 * and makes them admin. The hand-over runs inside the caller's `AdminInvariant.change()` (one transaction,
 * the customer locked), so the successor's new role, its audit entry and their e-mail stand or fall with the
 * change that needed them, and the invariant counts the successor among the admins after it.
 *
 * Rules: the caller must be an admin (checked under the lock, so rights lost meanwhile count); the successor
 * must be another member of this customer, and the caller must no longer be an admin after their change (else it
 * would be a grant worded as a hand-over); a successor who is an admin already needs nothing. A successor named
 * while other admins remain is still made admin: an admin may grant that anyway.
 */
@Injectable()
export class AdminSuccession {
  constructor(
    private readonly memberships: MembershipsRepository,
    private readonly directory: TenantDirectory,
    private readonly outbox: MailOutbox,
    private readonly audit: AuditLog,
    @InjectConfig() private readonly config: Pick<RuntimeConfig, 'appUrl'>,
  ) {}

  /**
   * Runs `work` (the outgoing admin's own change) with the hand-over around it, without one when no successor
   * is named. The successor is checked before the work and made admin after it, so that what the work tells
   * the customer's admins (the member-left e-mail) does not reach the successor beside their own e-mail.
   */
  async around<T>(tx: EntityManager, request: SuccessionRequest | undefined, work: () => Promise<T>): Promise<T> {
    if (!request) return work();
    const successor = await this.check(tx, request);
    const result = await work();
    // A hand-over, not a grant in disguise: its audit entry and e-mail say that the caller gave up the rights.
    if ((await this.member(tx, request.tenantId, request.actorId))?.isAdmin) throw successorOnlyForOwnRights();
    if (!successor.isAdmin) await this.makeAdmin(tx, request, successor);
    return result;
  }

  private async check(tx: EntityManager, request: SuccessionRequest): Promise<Successor> {
    const actor = await this.member(tx, request.tenantId, request.actorId);
    if (!actor?.isAdmin) throw permissionRequired(ADMIN_PERMISSION);
    if (request.outgoingId !== request.actorId) throw successorOnlyForOwnRights();
    if (request.successorId === request.actorId) throw successorIsSelf();
    const successor = await this.member(tx, request.tenantId, request.successorId);
    if (!successor) throw successorNotMember();
    return successor;
  }

  private async makeAdmin(tx: EntityManager, request: SuccessionRequest, successor: Successor): Promise<void> {
    const role = await this.administratorRole(tx, request.tenantId);
    const before = await this.rolesOf(tx, request.tenantId, successor.userId);
    await this.memberships.grantRoles(tx, request.tenantId, successor.userId, [role.id]);
    await this.audit.record(tx, {
      tenantId: request.tenantId,
      actorId: request.actorId,
      action: 'member.roles_changed',
      targetType: 'member',
      targetId: successor.userId,
      targetLabel: successor.email,
      before,
      after: await this.rolesOf(tx, request.tenantId, successor.userId),
      context: { handover: request.reason },
    });
    await this.mailSuccessor(tx, request, successor, role.name);
  }

  private async mailSuccessor(
    tx: EntityManager,
    request: SuccessionRequest,
    successor: Successor,
    roleName: string,
  ): Promise<void> {
    const tenant = await this.directory.profile(request.tenantId, tx);
    const predecessor = await typedQueries(tx)
      .selectFrom('users')
      .select(['name', 'email'])
      .where('id', '=', request.actorId)
      .executeTakeFirstOrThrow();
    await this.outbox.enqueue<'admin-handover'>(tx, {
      kind: 'admin-handover',
      to: successor.email,
      language: successor.language,
      variables: {
        companyName: tenant.companyName,
        customerNumber: tenant.customerNumber,
        successorName: successor.name,
        predecessorName: predecessor.name,
        predecessorEmail: predecessor.email,
        reason: request.reason,
        roleName,
        membersUrl: `${this.config.appUrl}/c/${tenant.customerNumber}/users`,
      },
    });
  }

  /**
   * The role that makes the successor admin: of the customer's roles that grant `users.manage`, the one named
   * Administrator, else the one granting the most, else the oldest. There is always one: the caller, checked to
   * be an admin under the customer's lock, holds it through one of them.
   */
  private async administratorRole(tx: EntityManager, tenantId: string): Promise<{ id: string; name: string }> {
    return typedQueries(tx)
      .selectFrom('roles')
      .select(['id', 'name'])
      .where('tenantId', '=', tenantId)
      .where((eb) => eb(eb.val<string>(ADMIN_PERMISSION), '=', eb.fn.any('permissions')))
      .orderBy(sql`lower(name) = lower(${ADMINISTRATOR_ROLE_NAME})`, 'desc')
      .orderBy(sql`cardinality(permissions)`, 'desc')
      .orderBy('createdAt')
      .orderBy('id')
      .limit(1)
      .executeTakeFirstOrThrow();
  }

  private async member(tx: EntityManager, tenantId: string, userId: string): Promise<Successor | undefined> {
    const row = await typedQueries(tx)
      .selectFrom('memberships as m')
      .innerJoin('users as u', 'u.id', 'm.userId')
      .select((eb) => [
        'u.id as userId',
        'u.name',
        'u.email',
        'u.language',
        permissionsOfMembership({ tenantId: eb.ref('m.tenantId'), userId: eb.ref('m.userId') }).as('permissions'),
      ])
      .where('m.tenantId', '=', tenantId)
      .where('m.userId', '=', userId)
      .executeTakeFirst();
    return (
      row && {
        userId: row.userId,
        name: row.name,
        email: row.email,
        language: oneOf(LANGUAGES, row.language),
        isAdmin: row.permissions.includes(ADMIN_PERMISSION),
      }
    );
  }

  private async rolesOf(tx: EntityManager, tenantId: string, userId: string) {
    const row = await typedQueries(tx)
      .selectNoFrom((eb) => rolesOfMembership({ tenantId: eb.val(tenantId), userId: eb.val(userId) }).as('roles'))
      .executeTakeFirstOrThrow();
    return row.roles;
  }
}
