import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AuditLog } from '../audit/audit-log';
import { AdminInvariant } from '../tenants/admin-invariant';
import type { TenantMember } from '../access/current-member';
import type { CreateRoleDto, RoleDto, RoleImpactDto, RoleListDto, UpdateRoleDto } from './dto/role.dto';
import { roleNameTaken, roleNotFound } from './roles.errors';
import { RolesRepository, type RoleRow } from './roles.repository';

/** Roles of one customer. Every change locks the customer and keeps at least one admin. */
@Injectable()
export class RolesService {
  constructor(
    private readonly roles: RolesRepository,
    private readonly admins: AdminInvariant,
    private readonly audit: AuditLog,
  ) {}

  async list(tenantId: string): Promise<RoleListDto> {
    return { items: (await this.roles.list(tenantId)).map(toRoleDto), nextCursor: null };
  }

  async impact(tenantId: string, roleId: string): Promise<RoleImpactDto> {
    const role = await this.roles.find(tenantId, roleId);
    if (!role) throw roleNotFound();
    return { openInvitations: role.openInvitationCount, members: role.memberCount };
  }

  create(actor: TenantMember, body: CreateRoleDto): Promise<RoleDto> {
    return this.admins.change({ tenantId: actor.tenantId, actorId: actor.userId }, async (tx) => {
      await this.assertNameFree(tx, actor.tenantId, body.name);
      const roleId = await this.roles.insert(tx, actor.tenantId, body.name, body.permissions);
      const created = await this.mustFind(tx, actor.tenantId, roleId);
      await this.audit.record(tx, { ...target(actor, created), action: 'role.created', after: snapshot(created) });
      return toRoleDto(created);
    });
  }

  update(actor: TenantMember, roleId: string, body: UpdateRoleDto): Promise<RoleDto> {
    return this.admins.change({ tenantId: actor.tenantId, actorId: actor.userId }, async (tx) => {
      const before = await this.mustFind(tx, actor.tenantId, roleId);
      if (body.name !== undefined) await this.assertNameFree(tx, actor.tenantId, body.name, roleId);
      await this.roles.update(tx, roleId, body);
      const after = await this.mustFind(tx, actor.tenantId, roleId);
      await this.audit.record(tx, {
        ...target(actor, after),
        action: 'role.updated',
        before: snapshot(before),
        after: snapshot(after),
      });
      return toRoleDto(after);
    });
  }

  async delete(actor: TenantMember, roleId: string): Promise<void> {
    await this.admins.change({ tenantId: actor.tenantId, actorId: actor.userId }, async (tx) => {
      const before = await this.mustFind(tx, actor.tenantId, roleId);
      await this.roles.delete(tx, roleId);
      await this.audit.record(tx, { ...target(actor, before), action: 'role.deleted', before: snapshot(before) });
    });
  }

  private async mustFind(tx: EntityManager, tenantId: string, roleId: string): Promise<RoleRow> {
    const role = await this.roles.find(tenantId, roleId, tx);
    if (!role) throw roleNotFound();
    return role;
  }

  private async assertNameFree(tx: EntityManager, tenantId: string, name: string, exceptRoleId?: string) {
    if (await this.roles.nameTaken(tx, tenantId, name, exceptRoleId)) throw roleNameTaken(name);
  }
}

const target = (actor: TenantMember, role: RoleRow) => ({
  tenantId: actor.tenantId,
  actorId: actor.userId,
  targetType: 'role' as const,
  targetId: role.id,
  targetLabel: role.name,
});

const snapshot = (role: RoleRow) => ({ name: role.name, permissions: role.permissions });

function toRoleDto(role: RoleRow): RoleDto {
  return {
    id: role.id,
    name: role.name,
    permissions: role.permissions,
    memberCount: role.memberCount,
    openInvitationCount: role.openInvitationCount,
    createdAt: role.createdAt.toISOString(),
    updatedAt: role.updatedAt.toISOString(),
  };
}
