import { Injectable, type OnModuleInit } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { Language } from '@cloudhub/permissions';
import { decodeCursor, toPage } from '../common/keyset-cursor';
import type { RuntimeConfig } from '../config/app-config';
import { InjectConfig } from '../config/config.module';
import { DeliveryObservers } from '../mail/delivery-observers';
import { MailOutbox } from '../mail/mail-outbox';
import type { TenantMember } from '../tenants/current-member';
import { TenantDirectory } from '../tenants/tenant-directory';
import { UsersRepository } from '../users/users.repository';
import type {
  CreateInvitationDto,
  InvitationDto,
  InvitationListDto,
  InvitationListQueryDto,
  InvitationQuotaDto,
} from './dto/invitation.dto';
import { InvitationQuota } from './invitation-quota';
import { invitationLink, newInvitationToken } from './invitation-token';
import { alreadyMember, invitationExists, invitationNotFound, unknownInvitationRoles } from './invitations.errors';
import { InvitationsRepository, type InvitationRow } from './invitations.repository';

const DEFAULT_PAGE = 50;
const UNIQUE_VIOLATION = '23505';

/**
 * An admin's side of invitations. Creating and resending are each one transaction: the row, its roles,
 * the link's hash, the quota and the queued e-mail commit together or not at all.
 */
@Injectable()
export class InvitationsService implements OnModuleInit {
  constructor(
    private readonly invitations: InvitationsRepository,
    private readonly users: UsersRepository,
    private readonly quota: InvitationQuota,
    private readonly directory: TenantDirectory,
    private readonly outbox: MailOutbox,
    private readonly deliveries: DeliveryObservers,
    @InjectConfig() private readonly config: RuntimeConfig,
  ) {}

  onModuleInit(): void {
    this.deliveries.observe('invitation', (mailIds, outcome) => this.invitations.recordDelivery(mailIds, outcome));
  }

  async list(tenantId: string, query: InvitationListQueryDto): Promise<InvitationListDto> {
    const limit = query.limit ?? DEFAULT_PAGE;
    const rows = await this.invitations.list(tenantId, {
      status: query.status,
      q: query.q,
      after: decodeCursor(query.cursor),
      limit: limit + 1,
    });
    return toPage(rows, limit, (row) => ({ at: row.createdAt, id: row.id }), toInvitationDto);
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
        // Last, so that this admin's other invitations wait for this one only until the commit.
        await this.quota.consume(tx, admin.userId, admin.tenantId, body.email);
        return toInvitationDto(invitation);
      });
    } catch (error) {
      // Two admins inviting one address at the same moment: the unique index lets one through.
      if ((error as { code?: string }).code === UNIQUE_VIOLATION) {
        const winner = await this.invitations.transaction((tx) =>
          this.invitations.openInvitationId(tx, admin.tenantId, body.email),
        );
        if (winner) throw invitationExists(winner);
      }
      throw error;
    }
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
    return { id: row.id, link: invitationLink(this.config.appUrl, token) };
  }

  /** A new link (the old one dies at once), a fresh lifetime; counts against both limits. */
  resend(admin: TenantMember, id: string): Promise<InvitationDto> {
    return this.invitations.transaction(async (tx) => {
      if (!(await this.invitations.lockOpen(tx, admin.tenantId, id))) throw invitationNotFound();
      const mailId = randomUUID();
      await this.invitations.markResent(tx, id, this.config.invitationTtlSeconds, mailId);
      const { token, hash } = newInvitationToken();
      await this.invitations.rotateToken(tx, id, hash);
      const invitation = await this.mustFind(tx, admin.tenantId, id);
      const tenant = await this.directory.profile(admin.tenantId, tx);
      const inviter = await this.users.findById(admin.userId, tx);
      await this.queueLink(tx, invitation, { ...tenant, inviter }, token, mailId);
      await this.quota.consume(tx, admin.userId, admin.tenantId, invitation.email);
      return toInvitationDto(invitation);
    });
  }

  async delete(admin: TenantMember, id: string): Promise<void> {
    await this.invitations.transaction(async (tx) => {
      if (!(await this.invitations.lockOpen(tx, admin.tenantId, id))) throw invitationNotFound();
      await this.invitations.revoke(tx, id);
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
    status: row.expired ? 'expired' : 'pending',
    delivery: row.delivery,
    deliveryError: row.deliveryError,
    sendCount: row.sendCount,
    renewalRequestedAt: row.renewalRequestedAt ? iso(row.renewalRequestedAt) : null,
  };
}
