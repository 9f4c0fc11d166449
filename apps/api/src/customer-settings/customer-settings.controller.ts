import { Body, Get, Patch } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { RequirePermission } from '../access/access-policy.decorator';
import { CurrentMember, type TenantMember } from '../access/current-member';
import { TenantController } from '../access/tenant-controller.decorator';
import { ApiProblems } from '../common/api-problems.decorator';
import { CustomerSettingsDto, UpdateCustomerSettingsDto } from './dto/customer-settings.dto';
import { CustomerSettingsService } from './customer-settings.service';

@ApiTags('customers')
@ApiBearerAuth()
@TenantController('settings')
@RequirePermission('users.manage')
export class CustomerSettingsController {
  constructor(private readonly settings: CustomerSettingsService) {}

  @Get()
  @ApiOperation({
    operationId: 'getCustomerSettings',
    summary: 'The customer’s settings',
    description: 'Company name and customer number, and the default language of invitation e-mails.',
  })
  @ApiOkResponse({ type: CustomerSettingsDto })
  @ApiProblems(401, 403, 404)
  get(@CurrentMember() member: TenantMember): Promise<CustomerSettingsDto> {
    return this.settings.get(member.tenantId);
  }

  @Patch()
  @ApiOperation({
    operationId: 'updateCustomerSettings',
    summary: 'Change the customer’s settings',
    description:
      'Sets the default language of invitation e-mails: invitations created afterwards without `language` ' +
      'are written in it. Recorded in the audit log as `customer.settings_changed`.',
  })
  @ApiOkResponse({ type: CustomerSettingsDto })
  @ApiProblems(400, 401, 403, 404)
  update(@CurrentMember() member: TenantMember, @Body() body: UpdateCustomerSettingsDto): Promise<CustomerSettingsDto> {
    return this.settings.update(member, body);
  }
}
