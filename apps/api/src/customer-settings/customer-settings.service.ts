import { Injectable } from '@nestjs/common';
import { AuditLog } from '../audit/audit-log';
import type { TenantMember } from '../access/current-member';
import { TenantDirectory, type TenantProfile } from '../tenants/tenant-directory';
import type { CustomerSettingsDto, UpdateCustomerSettingsDto } from './dto/customer-settings.dto';

/** What a customer's admins set for the whole customer: for now, the default language of invitations. */
@Injectable()
export class CustomerSettingsService {
  constructor(
    private readonly directory: TenantDirectory,
    private readonly audit: AuditLog,
  ) {}

  async get(tenantId: string): Promise<CustomerSettingsDto> {
    return toSettingsDto(await this.directory.profile(tenantId));
  }

  /** One transaction: the change and its audit entry; saving the same value again records nothing. */
  update(actor: TenantMember, changes: UpdateCustomerSettingsDto): Promise<CustomerSettingsDto> {
    return this.directory.transaction(async (tx) => {
      const { before, after } = await this.directory.updateSettings(tx, actor.tenantId, changes);
      if (before.language !== after.language) {
        await this.audit.record(tx, {
          tenantId: actor.tenantId,
          actorId: actor.userId,
          action: 'customer.settings_changed',
          targetType: 'customer',
          targetId: actor.tenantId,
          targetLabel: after.companyName,
          before: { language: before.language },
          after: { language: after.language },
        });
      }
      return toSettingsDto(after);
    });
  }
}

function toSettingsDto(tenant: TenantProfile): CustomerSettingsDto {
  return {
    tenantId: tenant.id,
    customerNumber: tenant.customerNumber,
    companyName: tenant.companyName,
    language: tenant.language,
  };
}
