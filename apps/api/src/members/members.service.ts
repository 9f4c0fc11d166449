import type { Readable } from 'node:stream';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { ADMIN_PERMISSION, isRestricted } from '@cloudhub/permissions';
import { AuditLog } from '../audit/audit-log';
import { keysetCsv } from '../common/csv';
import { decodeSortedCursor, toSortedPage } from '../common/keyset-cursor';
import { RolesRepository } from '../roles/roles.repository';
import { AdminInvariant } from '../tenants/admin-invariant';
import { AdminSuccession } from '../tenants/admin-succession';
import { MembershipsRepository } from '../tenants/memberships.repository';
import { TenantDirectory } from '../tenants/tenant-directory';
import type { TenantMember } from '../access/current-member';
import type {
  MemberCountsDto,
  MemberDto,
  MemberListDto,
  MemberListQueryDto,
  MemberSearchQueryDto,
  MemberSelectionQueryDto,
} from './dto/member.dto';
import { DEFAULT_MEMBER_SORT, sortField, type MemberFilter, type MemberSort } from './member-list';
import { checkedRoleFilter } from '../roles/role-filter';
import { memberNotFound, unknownRoles } from './members.errors';
import { MembersRepository, type MemberRow, type SortKey } from './members.repository';
import { PAGE_LIMIT_DEFAULT } from '@cloudhub/validation-limits';

/** The members of one customer as its admins manage them. */
@Injectable()
export class MembersService {
  constructor(
    private readonly members: MembersRepository,
    private readonly memberships: MembershipsRepository,
    private readonly roles: RolesRepository,
    private readonly admins: AdminInvariant,
    private readonly succession: AdminSuccession,
    private readonly audit: AuditLog,
    private readonly tenants: TenantDirectory,
  ) {}

  async list(tenantId: string, query: MemberListQueryDto): Promise<MemberListDto> {
    const sort = query.sort ?? DEFAULT_MEMBER_SORT;
    const after = cursorKey(query.cursor, sort);
    const filter = await this.filterOf(tenantId, query);
    const limit = query.limit ?? PAGE_LIMIT_DEFAULT;
    const rows = await this.members.list(tenantId, filter, sort, { after, limit: limit + 1 });
    return toSortedPage(rows, limit, sort, (row) => ({ key: row.sortKey, id: row.userId }), toMemberDto);
  }

  async get(tenantId: string, userId: string): Promise<MemberDto> {
    const member = await this.members.find(tenantId, userId);
    if (!member) throw memberNotFound();
    return toMemberDto(member);
  }

  async counts(tenantId: string, query: MemberSearchQueryDto): Promise<MemberCountsDto> {
    return this.members.counts(tenantId, query.q);
  }

  /** Every member the filter selects as CSV, in the list's order; the filter is checked before the first line. */
  async export(
    admin: TenantMember,
    query: MemberSelectionQueryDto,
  ): Promise<{ customerNumber: string; csv: Readable }> {
    const { tenantId } = admin;
    const sort = query.sort ?? DEFAULT_MEMBER_SORT;
    const filter = await this.filterOf(tenantId, query);
    const { customerNumber, companyName } = await this.tenants.profile(tenantId);
    await this.audit.recordExport({
      tenantId,
      actorId: admin.userId,
      companyName,
      table: 'members',
      selection: { ...filter, sort },
    });
    const csv = keysetCsv({
      header: EXPORT_COLUMNS,
      page: (after: SortKey | undefined, limit) => this.members.list(tenantId, filter, sort, { after, limit }),
      keyOf: (row) => ({ key: row.sortKey, id: row.userId }),
      cellsOf: exportCells,
    });
    return { customerNumber, csv };
  }

  /** The filter as asked, once its role is known to be one of the customer's. */
  private async filterOf(tenantId: string, query: MemberSelectionQueryDto): Promise<MemberFilter> {
    return { q: query.q, role: await checkedRoleFilter(this.roles, tenantId, query.role) };
  }

  /** With a successor, who takes over as admin when the caller gives up their own admin rights. */
  updateRoles(actor: TenantMember, userId: string, roleIds: string[], successorId?: string): Promise<MemberDto> {
    const { tenantId } = actor;
    const handover =
      successorId === undefined
        ? undefined
        : { tenantId, actorId: actor.userId, outgoingId: userId, successorId, reason: 'gave_up_admin' as const };
    return this.admins.change({ tenantId, actorId: actor.userId }, (tx) =>
      this.succession.around(tx, handover, () => this.replaceRoles(tx, actor, userId, roleIds)),
    );
  }

  private async replaceRoles(tx: EntityManager, actor: TenantMember, userId: string, roleIds: string[]) {
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

/** Members read per query while exporting: the export streams, so a large customer never sits in memory. */

const EXPORT_COLUMNS = ['name', 'email', 'roles', 'joined', 'restricted'];

/** Roles by name, separated by `; ` as the invitation CSV reads them. */
const exportCells = (member: MemberRow) => [
  member.name,
  member.email,
  member.roles.map((role) => role.name).join('; '),
  new Date(member.joinedAt),
  isRestricted(member.permissions) ? 'yes' : 'no',
];

/** A cursor of this sort, with a key as the repository writes it. */
function cursorKey(cursor: string | undefined, sort: MemberSort): SortKey | undefined {
  return decodeSortedCursor(cursor, sort, sortField(sort) === 'joined' ? 'time' : 'text');
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
