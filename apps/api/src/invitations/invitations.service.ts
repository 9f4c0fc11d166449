import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { decodeCursor, toPage } from '../common/keyset-cursor';
import type { RuntimeConfig } from '../config/app-config';
import { InjectConfig } from '../config/config.module';
import { DeliveryObservers } from '../mail/delivery-observers';
import { MailOutbox } from '../mail/mail-outbox';
import { RolesRepository } from '../roles/roles.repository';
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
    private readonly roles: RolesRepository,
    private readonly users: UsersRepository,
    private readonly quota: InvitationQuota,
    private readonly directory: TenantDirectory,
    private readonly outbox: MailOutbox,
    private readonly deliveries: DeliveryObservers,
    @InjectConfig() private readonly config: RuntimeConfig,
  ) {}

  onModuleInit(): void {
    this.deliveries.observe('invitation', (mail, outcome) => this.invitations.recordDelivery(mail.id, outcome));
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
        if (await this.invitations.isMember(tx, admin.tenantId, body.email)) throw alreadyMember();
        const existing = await this.invitations.openInvitationId(tx, admin.tenantId, body.email);
        if (existing) throw invitationExists(existing);
        const roleIds = await this.roles.existing(admin.tenantId, body.roleIds, tx);
        if (roleIds.length !== body.roleIds.length) throw unknownInvitationRoles();
        await this.quota.consume(tx, admin.userId, admin.tenantId, body.email);
        const tenant = await this.directory.profile(admin.tenantId, tx);
        const id = await this.invitations.insert(tx, {
          tenantId: admin.tenantId,
          email: body.email,
          language: body.language ?? tenant.language,
          invitedBy: admin.userId,
          ttlSeconds: this.config.invitationTtlSeconds,
        });
        await this.invitations.setRoles(tx, id, admin.tenantId, roleIds);
        return this.sendLink(tx, admin, id);
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

  /** A new link (the old one dies at once), a fresh lifetime; counts against both limits. */
  resend(admin: TenantMember, id: string): Promise<InvitationDto> {
    return this.invitations.transaction(async (tx) => {
      if (!(await this.invitations.lockOpen(tx, admin.tenantId, id))) throw invitationNotFound();
      const current = await this.mustFind(tx, admin.tenantId, id);
      await this.quota.consume(tx, admin.userId, admin.tenantId, current.email);
      await this.invitations.markResent(tx, id, this.config.invitationTtlSeconds);
      return this.sendLink(tx, admin, id);
    });
  }

  async delete(admin: TenantMember, id: string): Promise<void> {
    await this.invitations.transaction(async (tx) => {
      if (!(await this.invitations.lockOpen(tx, admin.tenantId, id))) throw invitationNotFound();
      await this.invitations.revoke(tx, id);
    });
  }

  /** Rotates the link and queues its e-mail, inside the caller's transaction. */
  private async sendLink(tx: EntityManager, admin: TenantMember, id: string): Promise<InvitationDto> {
    const { token, hash } = newInvitationToken();
    await this.invitations.rotateToken(tx, id, hash);
    const invitation = await this.mustFind(tx, admin.tenantId, id);
    const tenant = await this.directory.profile(admin.tenantId, tx);
    const inviter = await this.users.findById(admin.userId, tx);
    const mailId = await this.outbox.enqueue(tx, {
      kind: 'invitation',
      to: invitation.email,
      language: invitation.language,
      variables: {
        companyName: tenant.companyName,
        customerNumber: tenant.customerNumber,
        inviterName: inviter?.name ?? '',
        inviterEmail: inviter?.email ?? '',
        roleNames: invitation.roles.map((role) => role.name),
        expiresAt: new Date(invitation.expiresAt).toISOString(),
        link: invitationLink(this.config.appUrl, token),
      },
    });
    await this.invitations.setMail(tx, id, mailId);
    return toInvitationDto(invitation);
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
