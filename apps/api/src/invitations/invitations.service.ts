import { Injectable, type OnModuleInit } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { Readable } from 'node:stream';
import type { EntityManager } from 'typeorm';
import type { Language } from '@cloudhub/permissions';
import { keysetCsv } from '../common/csv';
import { decodeSortedCursor, toSortedPage } from '../common/keyset-cursor';
import type { RuntimeConfig } from '../config/app-config';
import { InjectConfig } from '../config/config.module';
import { AuditLog } from '../audit/audit-log';
import { checkedRoleFilter } from '../roles/role-filter';
import { RolesRepository } from '../roles/roles.repository';
import { TenantDirectory } from '../tenants/tenant-directory';
import { DeliveryObservers } from '../mail/delivery-observers';
import { MailOutbox } from '../mail/mail-outbox';
import type { TenantMember } from '../access/current-member';
import { AdminInvariant } from '../tenants/admin-invariant';
import {
  INVITATION_SORT_DEFAULT,
  type CreateInvitationDto,
  type InvitationCountsDto,
  type InvitationCountsQueryDto,
  type InvitationDto,
  type InvitationListDto,
  type InvitationListQueryDto,
  type InvitationLookupDto,
  type InvitationQuotaDto,
  type InvitationSelectionQueryDto,
  type InvitationSort,
} from './dto/invitation.dto';
import { InvitationQuota } from './invitation-quota';
import { invitationLink, newInvitationToken } from './invitation-token';
import { alreadyMember, invitationExists, invitationNotFound, unknownInvitationRoles } from './invitations.errors';
import {
  InvitationsRepository,
  sortColumnOf,
  type InvitationRow,
  type InvitationSelection,
} from './invitations.repository';
import { PAGE_LIMIT_DEFAULT } from '@cloudhub/validation-limits';

const UNIQUE_VIOLATION = '23505';

/** The export reads this many rows a statement, so 100 000 invitations never sit in memory at once. */

const EXPORT_COLUMNS = [
  'email',
  'status',
  'roles',
  'inviter_name',
  'inviter_email',
  'language',
  'sent_at',
  'expires_at',
  'delivery',
  'delivery_error',
  'send_count',
] as const;

/**
 * An admin's side of invitations. Creating and resending are each one transaction: the row, its roles,
 * the link's hash, the quota and the queued e-mail commit together or not at all.
 */
/** The state a bulk resend planned for: revoked (it reopens) or open, and for "resend all expired", expired. */
export interface ResendExpectation {
  readonly revoked: boolean;
  readonly expired?: true;
}

const meets = (state: { revoked: boolean; expired: boolean }, expected: ResendExpectation) =>
  state.revoked === expected.revoked && (!expected.expired || state.expired);

@Injectable()
export class InvitationsService implements OnModuleInit {
  constructor(
    private readonly invitations: InvitationsRepository,
    private readonly quota: InvitationQuota,
    private readonly outbox: MailOutbox,
    private readonly deliveries: DeliveryObservers,
    private readonly admins: AdminInvariant,
    private readonly audit: AuditLog,
    private readonly roles: RolesRepository,
    private readonly tenants: TenantDirectory,
    @InjectConfig() private readonly config: RuntimeConfig,
  ) {}

  onModuleInit(): void {
    this.deliveries.observe('invitation', (mailIds, outcome) => this.invitations.recordDelivery(mailIds, outcome));
    this.admins.onAuthorityLost((tx, change, formerAdminIds) =>
      this.revokeForFormerAdmins(tx, { ...change, formerAdminIds }),
    );
  }

  async list(tenantId: string, query: InvitationListQueryDto): Promise<InvitationListDto> {
    const limit = query.limit ?? PAGE_LIMIT_DEFAULT;
    const sort = query.sort ?? INVITATION_SORT_DEFAULT;
    const rows = await this.invitations.list(tenantId, {
      ...(await this.selectionOf(tenantId, query)),
      sort,
      after: afterOf(query.cursor, sort),
      limit: limit + 1,
    });
    return toSortedPage(rows, limit, sort, (row) => ({ key: row.sortKey, id: row.id }), toInvitationDto);
  }

  async counts(tenantId: string, query: InvitationCountsQueryDto): Promise<InvitationCountsDto> {
    const roleId = await checkedRoleFilter(this.roles, tenantId, query.role);
    return this.invitations.counts(tenantId, { q: query.q, roleId, inviterId: query.inviterId });
  }

  /** Where an invitation stands, for a link to it: open or revoked (as the tables show it), or accepted by whom. */
  async lookup(tenantId: string, id: string): Promise<InvitationLookupDto> {
    const row = await this.invitations.findAny(tenantId, id);
    if (!row) throw invitationNotFound();
    if (row.acceptedAt) {
      return {
        standing: 'accepted',
        email: row.email,
        invitation: null,
        acceptedAt: new Date(row.acceptedAt).toISOString(),
        acceptedBy: row.acceptedBy,
      };
    }
    return {
      standing: row.revokedAt ? 'revoked' : 'open',
      email: row.email,
      invitation: toInvitationDto(row),
      acceptedAt: null,
      acceptedBy: null,
    };
  }

  /**
   * Every invitation the filters select, in the asked order, as CSV read with the list's own keyset statement;
   * the filters are checked before the first line.
   */
  async export(
    admin: TenantMember,
    query: InvitationSelectionQueryDto,
  ): Promise<{ customerNumber: string; csv: Readable }> {
    const { tenantId } = admin;
    const sort = query.sort ?? INVITATION_SORT_DEFAULT;
    const selection = await this.selectionOf(tenantId, query);
    const { customerNumber, companyName } = await this.tenants.profile(tenantId);
    await this.audit.recordExport({
      tenantId,
      actorId: admin.userId,
      companyName,
      table: 'invitations',
      selection: { ...selection, sort },
    });
    const csv = keysetCsv({
      header: EXPORT_COLUMNS,
      page: (after: { key: string; id: string } | undefined, limit) =>
        this.invitations.list(tenantId, { ...selection, sort, after, limit }),
      keyOf: (row) => ({ key: row.sortKey, id: row.id }),
      cellsOf: (row) => exportCellsOf(toInvitationDto(row)),
    });
    return { customerNumber, csv };
  }

  /** The filters as asked, once a role filter is known to name one of the customer's roles. */
  private async selectionOf(tenantId: string, query: InvitationSelectionQueryDto): Promise<InvitationSelection> {
    return {
      status: query.status,
      delivery: query.delivery,
      roleId: await checkedRoleFilter(this.roles, tenantId, query.role),
      inviterId: query.inviterId,
      q: query.q,
    };
  }

  async quotaOf(adminId: string): Promise<InvitationQuotaDto> {
    const state = await this.quota.status(adminId);
    return { limit: state.limit, remaining: state.remaining, resetsAt: state.resetsAt?.toISOString() ?? null };
  }

  async create(admin: TenantMember, body: CreateInvitationDto): Promise<InvitationDto> {
    try {
      return await this.invitations.transaction(async (tx) => {
        const context = await this.invitations.creationContext(tx, {
          tenantId: admin.tenantId,
          email: body.email,
          roleIds: body.roleIds,
          inviterId: admin.userId,
        });
        if (context.isMember) throw alreadyMember();
        if (context.openInvitationId) throw invitationExists(context.openInvitationId);
        if (context.roles.length !== body.roleIds.length) throw unknownInvitationRoles();
        const { token, hash } = newInvitationToken();
        const mailId = randomUUID();
        const invitation = await this.invitations.insertWithLink(tx, {
          tenantId: admin.tenantId,
          email: body.email,
          language: body.language ?? context.language,
          roles: context.roles,
          inviterId: admin.userId,
          inviter: context.inviter,
          ttlSeconds: this.config.invitationTtlSeconds,
          tokenHash: hash,
          mailId,
        });
        await this.queueLink(tx, invitation, context, token, mailId);
        await this.record(tx, admin.tenantId, admin.userId, 'invitation.created', invitation);
        // Last, so that this admin's other invitations wait for this one only until the commit.
        await this.quota.consume(tx, admin.userId, admin.tenantId, body.email);
        return toInvitationDto(invitation);
      });
    } catch (error) {
      // Two admins inviting one address at the same moment: the unique index lets one through.
      if ((error as { code?: string }).code === UNIQUE_VIOLATION) await this.throwIfInvited(admin, body.email);
      throw error;
    }
  }

  private async throwIfInvited(admin: TenantMember, email: string): Promise<void> {
    const winner = await this.invitations.transaction((tx) =>
      this.invitations.openInvitationId(tx, admin.tenantId, email),
    );
    if (winner) throw invitationExists(winner);
  }

  private async throwIfInvitedMeanwhile(admin: TenantMember, id: string): Promise<void> {
    const revoked = await this.invitations.transaction((tx) => this.invitations.lockResendable(tx, admin.tenantId, id));
    if (revoked) await this.throwIfInvited(admin, revoked.email);
  }

  /**
   * The first admin of a new customer, invited by the operator (\`npm run setup\`) inside the caller's
   * transaction: no admin exists whose quota or authority it could use. Answers the link for --print-link.
   */
  async inviteFirstAdmin(
    tx: EntityManager,
    invitation: {
      tenant: { id: string; companyName: string; customerNumber: string; language: Language };
      email: string;
      role: { id: string; name: string };
      operator: { name: string; email: string };
    },
  ): Promise<{ id: string; link: string }> {
    const { token, hash } = newInvitationToken();
    const mailId = randomUUID();
    const row = await this.invitations.insertWithLink(tx, {
      tenantId: invitation.tenant.id,
      email: invitation.email,
      language: invitation.tenant.language,
      roles: [invitation.role],
      inviterId: null,
      inviter: null,
      ttlSeconds: this.config.invitationTtlSeconds,
      tokenHash: hash,
      mailId,
    });
    await this.queueLink(tx, row, { ...invitation.tenant, inviter: invitation.operator }, token, mailId);
    await this.record(tx, invitation.tenant.id, null, 'invitation.created', row);
    return { id: row.id, link: invitationLink(this.config.appUrl, token) };
  }

  /**
   * A new link (the old one dies at once), a fresh lifetime; counts against both limits. The sending admin
   * becomes the inviter. A revoked invitation opens again, unless the address has joined or has another open
   * invitation meanwhile. A bulk action names the state it planned for (`expected`): an invitation that has
   * changed since (deleted, resent by someone else) is left alone and answers 404.
   */
  async resend(admin: TenantMember, id: string, expected?: ResendExpectation): Promise<InvitationDto> {
    try {
      return await this.resendOnce(admin, id, expected);
    } catch (error) {
      // A revoked invitation reopening while another admin invites the same address: one open one stays.
      if ((error as { code?: string }).code === UNIQUE_VIOLATION) await this.throwIfInvitedMeanwhile(admin, id);
      throw error;
    }
  }

  private resendOnce(admin: TenantMember, id: string, expected?: ResendExpectation): Promise<InvitationDto> {
    return this.invitations.transaction(async (tx) => {
      const locked = await this.invitations.lockResendable(tx, admin.tenantId, id);
      if (!locked || (expected && !meets(locked, expected))) throw invitationNotFound();
      const context = await this.invitations.creationContext(tx, {
        tenantId: admin.tenantId,
        email: locked.email,
        roleIds: [],
        inviterId: admin.userId,
      });
      if (locked.revoked && context.isMember) throw alreadyMember();
      if (locked.revoked && context.openInvitationId) throw invitationExists(context.openInvitationId);
      const mailId = randomUUID();
      await this.invitations.markResent(tx, {
        id,
        inviterId: admin.userId,
        ttlSeconds: this.config.invitationTtlSeconds,
        mailId,
      });
      const { token, hash } = newInvitationToken();
      await this.invitations.rotateToken(tx, id, hash);
      const invitation = await this.mustFind(tx, admin.tenantId, id);
      await this.queueLink(tx, invitation, context, token, mailId);
      await this.record(tx, admin.tenantId, admin.userId, 'invitation.resent', invitation, {
        reopened: locked.revoked,
      });
      await this.quota.consume(tx, admin.userId, admin.tenantId, invitation.email);
      return toInvitationDto(invitation);
    });
  }

  async delete(admin: TenantMember, id: string): Promise<void> {
    await this.invitations.transaction(async (tx) => {
      if (!(await this.invitations.lockOpen(tx, admin.tenantId, id))) throw invitationNotFound();
      const invitation = await this.mustFind(tx, admin.tenantId, id);
      await this.invitations.revoke(tx, id, admin.userId);
      await this.record(tx, admin.tenantId, admin.userId, 'invitation.revoked', invitation, { reason: 'deleted' });
    });
  }

  /** Authority ends with its holder: called inside every change of rights that leaves someone without it. */
  private async revokeForFormerAdmins(
    tx: EntityManager,
    change: { tenantId: string; actorId: string | null; formerAdminIds: string[] },
  ): Promise<void> {
    for (const orphaned of await this.invitations.revokeForFormerAdmins(tx, change)) {
      await this.audit.record(tx, {
        tenantId: change.tenantId,
        actorId: null,
        action: 'invitation.revoked',
        targetType: 'invitation',
        targetId: orphaned.id,
        targetLabel: orphaned.email,
        after: {
          reason: orphaned.reason,
          inviterId: orphaned.inviterId,
          inviterName: orphaned.inviterName,
          causedBy: change.actorId,
        },
      });
    }
  }

  private record(
    tx: EntityManager,
    tenantId: string,
    actorId: string | null,
    action: 'invitation.created' | 'invitation.resent' | 'invitation.revoked',
    invitation: InvitationRow,
    details: Record<string, unknown> = {},
  ): Promise<void> {
    return this.audit.record(tx, {
      tenantId,
      actorId,
      action,
      targetType: 'invitation',
      targetId: invitation.id,
      targetLabel: invitation.email,
      after: { roles: invitation.roles.map((role) => role.name), language: invitation.language, ...details },
    });
  }

  /** Queues the e-mail with the invitation's link, inside the caller's transaction. */
  private queueLink(
    tx: EntityManager,
    invitation: InvitationRow,
    sender: { companyName: string; customerNumber: string; inviter: { name: string; email: string } | null },
    token: string,
    mailId: string,
  ): Promise<string> {
    return this.outbox.enqueue(
      tx,
      {
        kind: 'invitation',
        to: invitation.email,
        language: invitation.language,
        variables: {
          companyName: sender.companyName,
          customerNumber: sender.customerNumber,
          inviterName: sender.inviter?.name ?? '',
          inviterEmail: sender.inviter?.email ?? '',
          roleNames: invitation.roles.map((role) => role.name),
          expiresAt: new Date(invitation.expiresAt).toISOString(),
          link: invitationLink(this.config.appUrl, token),
        },
      },
      mailId,
    );
  }

  private async mustFind(tx: EntityManager, tenantId: string, id: string): Promise<InvitationRow> {
    const invitation = await this.invitations.findOpen(tenantId, id, tx);
    if (!invitation) throw invitationNotFound();
    return invitation;
  }
}

/** The cursor's key, checked for the sort's column: a time must be one the list wrote, to the microsecond. */
function afterOf(cursor: string | undefined, sort: InvitationSort): { key: string; id: string } | undefined {
  return decodeSortedCursor(cursor, sort, sortColumnOf(sort) === 'email' ? 'text' : 'time');
}

function exportCellsOf(invitation: InvitationDto) {
  return [
    invitation.email,
    invitation.status,
    invitation.roles.map((role) => role.name).join('; '),
    invitation.invitedBy?.name,
    invitation.invitedBy?.email,
    invitation.language,
    invitation.sentAt,
    invitation.expiresAt,
    invitation.delivery,
    invitation.deliveryError,
    invitation.sendCount,
  ];
}

function toInvitationDto(row: InvitationRow): InvitationDto {
  const iso = (value: Date | string) => new Date(value).toISOString();
  return {
    id: row.id,
    email: row.email,
    roles: row.roles,
    invitedBy: row.invitedBy,
    language: row.language,
    sentAt: iso(row.sentAt),
    expiresAt: iso(row.expiresAt),
    createdAt: iso(row.createdAt),
    status: row.revokedAt ? 'revoked' : row.expired ? 'expired' : 'pending',
    delivery: row.delivery,
    deliveryError: row.deliveryError,
    sendCount: row.sendCount,
    renewalRequestedAt: row.renewalRequestedAt ? iso(row.renewalRequestedAt) : null,
    revokedAt: row.revokedAt ? iso(row.revokedAt) : null,
    revokedBy: row.revokedBy,
    revokeReason: row.revokeReason,
  };
}
