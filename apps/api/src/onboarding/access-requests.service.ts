import { Injectable } from '@nestjs/common';
import { isRestricted } from '@cloudhub/permissions';
import { AuditLog } from '../audit/audit-log';
import type { RuntimeConfig } from '../config/app-config';
import { InjectConfig } from '../config/config.module';
import { RateLimitLedger } from '../rate-limit/rate-limit-ledger';
import type { TenantMember } from '../access/current-member';
import { AdminsMail } from '../tenants/admins-mail';
import { UsersRepository } from '../users/users.repository';
import type { AccessRequestDto } from './dto/access-request.dto';
import { accessRequestThrottled, notRestricted } from './onboarding.errors';

const PER_HOUR = 1;

/** "Request access" from the restricted-mode banner: every admin gets an e-mail linking to the member. */
@Injectable()
export class AccessRequestsService {
  constructor(
    private readonly adminsMail: AdminsMail,
    private readonly users: UsersRepository,
    private readonly ledger: RateLimitLedger,
    private readonly audit: AuditLog,
    @InjectConfig() private readonly config: RuntimeConfig,
  ) {}

  async request(member: TenantMember, message: string | undefined): Promise<AccessRequestDto> {
    if (!isRestricted(member.permissions)) throw notRestricted();
    return this.ledger.transaction(async (tx) => {
      const counted = await this.ledger.consume(
        `access-request:${member.tenantId}:${member.userId}`,
        PER_HOUR,
        3600,
        tx,
      );
      if (!counted.allowed) throw accessRequestThrottled(counted.retryAfterSeconds);
      const user = await this.users.findById(member.userId, tx);
      const adminsNotified = await this.adminsMail.send(tx, member.tenantId, 'access-request', (admin, tenant) => ({
        adminName: admin.name,
        memberName: user?.name ?? '',
        memberEmail: user?.email ?? '',
        message: message || null,
        companyName: tenant.companyName,
        customerNumber: tenant.customerNumber,
        // `edit=roles`: the link opens the member's role editor, which is what the admin came for.
        memberUrl: `${this.config.appUrl}/c/${tenant.customerNumber}/users?user=${member.userId}&edit=roles`,
      }));
      await this.audit.record(tx, {
        tenantId: member.tenantId,
        actorId: member.userId,
        action: 'access.requested',
        targetType: 'member',
        targetId: member.userId,
        targetLabel: user?.email,
        after: { message: message || null, adminsNotified },
      });
      return { adminsNotified };
    });
  }
}
