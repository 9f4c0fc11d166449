import { Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { RequirePermission } from '../access/access-policy.decorator';
import { ApiProblems } from '../common/api-problems.decorator';
import { CurrentMember, type TenantMember } from '../access/current-member';
import { TenantController } from '../access/tenant-controller.decorator';
import { AuditEventsService } from './audit-events.service';
import { AuditEventListDto, AuditEventListQueryDto } from './dto/audit-event.dto';

@ApiTags('audit')
@ApiBearerAuth()
@TenantController('audit-events')
@RequirePermission('users.manage')
export class AuditEventsController {
  constructor(private readonly events: AuditEventsService) {}

  @Get()
  @ApiOperation({
    operationId: 'listAuditEvents',
    summary: 'The customer’s audit log',
    description:
      'Every change of rights and every security event in this customer, recorded in the same transaction as ' +
      'the change: invitations created, resent, revoked (by an admin, or automatically with the reason) and ' +
      'accepted; members joined, roles changed, removed, left; roles created, edited, deleted; access requests; ' +
      'successful and failed logins of members; sessions revoked by refresh token reuse. Newest first, ' +
      'keyset-paged; filter by actor, target and kind. Entries are never changed or deleted.',
  })
  @ApiOkResponse({ type: AuditEventListDto })
  @ApiProblems(400, 401, 403, 404)
  list(@CurrentMember() admin: TenantMember, @Query() query: AuditEventListQueryDto): Promise<AuditEventListDto> {
    return this.events.list(admin.tenantId, query);
  }
}
