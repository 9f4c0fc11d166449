import { Injectable } from '@nestjs/common';
import { AuditLog } from '../audit/audit-log';
import type { RuntimeConfig } from '../config/app-config';
import { InjectConfig } from '../config/config.module';
import { UsersRepository } from '../users/users.repository';
import { AdminInvariant } from './admin-invariant';
import type { TenantMember } from '../access/current-member';
import { MembershipsRepository } from './memberships.repository';
import { AdminsMail } from './admins-mail';

/** A member's own side of a membership: the welcome tour's state, and leaving the customer. */
@Injectable()
export class MyMembershipsService {
  constructor(
    private readonly admins: AdminInvariant,
    private readonly adminsMail: AdminsMail,
    private readonly memberships: MembershipsRepository,
    private readonly users: UsersRepository,
    private readonly audit: AuditLog,
    @InjectConfig() private readonly config: RuntimeConfig,
  ) {}

  async setTourDone(member: TenantMember, done: boolean): Promise<void> {
    await this.memberships.setTourDone(member.tenantId, member.userId, done);
  }

  /** Access ends with the commit (the next request is refused); every remaining admin is e-mailed. */
  async leave(member: TenantMember): Promise<void> {
    await this.admins.change({ tenantId: member.tenantId, actorId: member.userId }, async (tx) => {
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
    });
  }
}
