import { applyDecorators, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { areaPermission, type ContentArea } from '@cloudhub/permissions';
import { RequirePermission } from '../access/access-policy.decorator';
import { ApiProblems } from '../common/api-problems.decorator';
import { CurrentMember, type TenantMember } from '../access/current-member';
import { TenantController } from '../access/tenant-controller.decorator';
import { AreasService } from './areas.service';
import { AreaRecordListDto } from './dto/area-record.dto';

const AreaRoute = (area: ContentArea) =>
  applyDecorators(
    Get(area),
    RequirePermission(areaPermission(area)),
    ApiOperation({
      operationId: `list${area[0].toUpperCase()}${area.slice(1)}`,
      summary: `The ${area} of a customer`,
      description: `Demo content; needs \`${areaPermission(area)}\`.`,
    }),
    ApiOkResponse({ type: AreaRecordListDto }),
    ApiProblems(401, 403, 404),
  );

@ApiTags('areas')
@ApiBearerAuth()
@TenantController()
export class AreasController {
  constructor(private readonly areas: AreasService) {}

  @AreaRoute('orders')
  orders(@CurrentMember() member: TenantMember) {
    return this.areas.list(member.tenantId, 'orders');
  }

  @AreaRoute('invoices')
  invoices(@CurrentMember() member: TenantMember) {
    return this.areas.list(member.tenantId, 'invoices');
  }

  @AreaRoute('devices')
  devices(@CurrentMember() member: TenantMember) {
    return this.areas.list(member.tenantId, 'devices');
  }

  @AreaRoute('documents')
  documents(@CurrentMember() member: TenantMember) {
    return this.areas.list(member.tenantId, 'documents');
  }

  @AreaRoute('reports')
  reports(@CurrentMember() member: TenantMember) {
    return this.areas.list(member.tenantId, 'reports');
  }
}
