import { Body, Controller, Delete, HttpCode, HttpStatus, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiNoContentResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { AnyMember } from '../access/access-policy.decorator';
import { ApiProblems } from '../common/api-problems.decorator';
import { UUID_SCHEMA } from '../common/uuid-path-param.decorator';
import { CurrentMember, type TenantMember } from '../access/current-member';
import { TourStateDto } from './dto/tour-state.dto';
import { MyMembershipsService } from './my-memberships.service';

/** Self-service on one's own memberships (admins manage others' under /tenants/{tenantId}/members). */
@ApiTags('me')
@ApiBearerAuth()
@Controller('me/memberships/:tenantId')
@ApiParam({ name: 'tenantId', description: 'The customer’s id.', schema: UUID_SCHEMA })
@AnyMember()
export class MyMembershipsController {
  constructor(private readonly memberships: MyMembershipsService) {}

  @Put('tour')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({
    operationId: 'setTourState',
    summary: 'Finish or skip the welcome tour, or replay it',
    description: '`done: true` ends it for good (it follows you to every device); `done: false` shows it again.',
  })
  @ApiNoContentResponse({ description: 'Saved.' })
  @ApiProblems(400, 401, 404)
  async setTour(@CurrentMember() member: TenantMember, @Body() body: TourStateDto): Promise<void> {
    await this.memberships.setTourDone(member, body.done);
  }

  @Delete()
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({
    operationId: 'leaveCustomer',
    summary: 'Cancel your own access to a customer',
    description:
      'Access ends at once; every admin of the customer is e-mailed. The last admin cannot leave ' +
      '(409 `last_admin`: make someone else admin first). The account stays.',
  })
  @ApiNoContentResponse({ description: 'Left.' })
  @ApiProblems(401, 404, 409)
  async leave(@CurrentMember() member: TenantMember): Promise<void> {
    await this.memberships.leave(member);
  }
}
