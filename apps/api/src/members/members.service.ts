import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { ADMIN_PERMISSION } from '@cloudhub/permissions';
import { AuditLog } from '../audit/audit-log';
import { decodeCursor, toPage } from '../common/keyset-cursor';
import { RolesRepository } from '../roles/roles.repository';
import { AdminInvariant } from '../tenants/admin-invariant';
import { MembershipsRepository } from '../tenants/memberships.repository';
import type { TenantMember } from '../access/current-member';
import type { MemberDto, MemberListDto, MemberListQueryDto } from './dto/member.dto';
import { memberNotFound, unknownRoles } from './members.errors';
import { MembersRepository, type MemberRow } from './members.repository';
import { PAGE_LIMIT_DEFAULT } from '@cloudhub/validation-limits';

/** The members of one customer as its admins manage them. */
@Injectable()
export class MembersService {
  constructor(
    private readonly members: MembersRepository,
    private readonly memberships: MembershipsRepository,
    private readonly roles: RolesRepository,
    private readonly admins: AdminInvariant,
    private readonly audit: AuditLog,
  ) {}

  async list(tenantId: string, query: MemberListQueryDto): Promise<MemberListDto> {
    const limit = query.limit ?? PAGE_LIMIT_DEFAULT;
    const rows = await this.members.list(tenantId, { q: query.q, after: decodeCursor(query.cursor), limit: limit + 1 });
    return toPage(rows, limit, (row) => ({ at: row.joinedAt, id: row.userId }), toMemberDto);
  }

  updateRoles(actor: TenantMember, userId: string, roleIds: string[]): Promise<MemberDto> {
    return this.admins.change({ tenantId: actor.tenantId, actorId: actor.userId }, async (tx) => {
      const before = await this.mustFind(tx, actor.tenantId, userId);
      if ((await this.roles.existing(actor.tenantId, roleIds, tx)).length !== roleIds.length) throw unknownRoles();
      await this.memberships.replaceRoles(tx, actor.tenantId, userId, roleIds);
      const after = await this.mustFind(tx, actor.tenantId, userId);
      await this.audit.record(tx, {
        ...target(actor, before),
        action: 'member.roles_changed',
        before: before.roles,
        after: after.roles,
      });
      return toMemberDto(after);
    });
  }

  async remove(actor: TenantMember, userId: string): Promise<void> {
    await this.admins.change({ tenantId: actor.tenantId, actorId: actor.userId }, async (tx) => {
      const before = await this.mustFind(tx, actor.tenantId, userId);
      await this.memberships.remove(tx, actor.tenantId, userId);
      await this.audit.record(tx, {
        ...target(actor, before),
        action: 'member.removed',
        before: { email: before.email, roles: before.roles },
      });
    });
  }

  private async mustFind(tx: EntityManager, tenantId: string, userId: string): Promise<MemberRow> {
    const member = await this.members.find(tenantId, userId, tx);
    if (!member) throw memberNotFound();
    return member;
  }
}

const target = (actor: TenantMember, member: MemberRow) => ({
  tenantId: actor.tenantId,
  actorId: actor.userId,
  targetType: 'member' as const,
  targetId: member.userId,
  targetLabel: member.email,
});

function toMemberDto(member: MemberRow): MemberDto {
  return {
    userId: member.userId,
    name: member.name,
    email: member.email,
    roles: member.roles,
    permissions: member.permissions,
    isAdmin: member.permissions.includes(ADMIN_PERMISSION),
    joinedAt: new Date(member.joinedAt).toISOString(),
  };
}
