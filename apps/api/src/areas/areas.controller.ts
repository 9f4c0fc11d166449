import { applyDecorators, Controller, Get, Param } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { areaPermission, type ContentArea } from '@cloudhub/permissions';
import { RequirePermission } from '../auth/access-policy.decorator';
import { ApiProblems } from '../common/api-problems.decorator';
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
@Controller('tenants/:tenantId')
export class AreasController {
  constructor(private readonly areas: AreasService) {}

  @AreaRoute('orders')
  orders(@Param('tenantId') tenantId: string) {
    return this.areas.list(tenantId, 'orders');
  }

  @AreaRoute('invoices')
  invoices(@Param('tenantId') tenantId: string) {
    return this.areas.list(tenantId, 'invoices');
  }

  @AreaRoute('devices')
  devices(@Param('tenantId') tenantId: string) {
    return this.areas.list(tenantId, 'devices');
  }

  @AreaRoute('documents')
  documents(@Param('tenantId') tenantId: string) {
    return this.areas.list(tenantId, 'documents');
  }

  @AreaRoute('reports')
  reports(@Param('tenantId') tenantId: string) {
    return this.areas.list(tenantId, 'reports');
  }
}
