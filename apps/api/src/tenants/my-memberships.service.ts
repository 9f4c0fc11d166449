import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AuditLog } from '../audit/audit-log';
import type { RuntimeConfig } from '../config/app-config';
import { InjectConfig } from '../config/config.module';
import { UsersRepository } from '../users/users.repository';
import { AdminInvariant } from './admin-invariant';
import { AdminSuccession } from './admin-succession';
import type { TenantMember } from '../access/current-member';
import { MembershipsRepository } from './memberships.repository';
import { AdminsMail } from './admins-mail';

/** A member's own side of a membership: the welcome tour's state, and leaving the customer. */
@Injectable()
export class MyMembershipsService {
  constructor(
    private readonly admins: AdminInvariant,
    private readonly succession: AdminSuccession,
    private readonly adminsMail: AdminsMail,
    private readonly memberships: MembershipsRepository,
    private readonly users: UsersRepository,
    private readonly audit: AuditLog,
    @InjectConfig() private readonly config: RuntimeConfig,
  ) {}

  async setTourDone(member: TenantMember, done: boolean): Promise<void> {
    await this.memberships.setTourDone(member.tenantId, member.userId, done);
  }

  /**
   * Access ends with the commit (the next request is refused); every remaining admin is e-mailed. A named
   * successor takes over as admin in the same transaction (`AdminSuccession`).
   */
  async leave(member: TenantMember, successorId?: string): Promise<void> {
    const { tenantId, userId } = member;
    const handover =
      successorId === undefined
        ? undefined
        : { tenantId, actorId: userId, outgoingId: userId, successorId, reason: 'left' as const };
    await this.admins.change({ tenantId, actorId: userId }, (tx) =>
      this.succession.around(tx, handover, () => this.endMembership(tx, member)),
    );
  }

  private async endMembership(tx: EntityManager, member: TenantMember): Promise<void> {
    const user = await this.users.findById(member.userId, tx);
    await this.memberships.remove(tx, member.tenantId, member.userId);
    await this.audit.record(tx, {
      tenantId: member.tenantId,
      actorId: member.userId,
      action: 'member.left',
      targetType: 'member',
      targetId: member.userId,
      targetLabel: user?.email,
    });
    await this.adminsMail.send(tx, member.tenantId, 'member-left', (admin, tenant) => ({
      adminName: admin.name,
      memberName: user?.name ?? '',
      memberEmail: user?.email ?? '',
      companyName: tenant.companyName,
      customerNumber: tenant.customerNumber,
      membersUrl: `${this.config.appUrl}/c/${tenant.customerNumber}/users`,
    }));
  }
}
