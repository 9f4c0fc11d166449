import { Body, Controller, Delete, HttpCode, HttpStatus, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiNoContentResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { AnyMember } from '../access/access-policy.decorator';
import { ApiProblems } from '../common/api-problems.decorator';
import { UUID_SCHEMA } from '../common/uuid-path-param.decorator';
import { CurrentMember, type TenantMember } from '../access/current-member';
import { LeaveQueryDto } from './dto/leave.dto';
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
      'Access ends at once; every admin of the customer is e-mailed. The account stays. The last admin leaves ' +
      'only by naming a successor (`successorId`, another member), who gets the Administrator role in the ' +
      'same change and an e-mail; without one the answer is 409 `last_admin`. Only an admin may name one ' +
      '(403 otherwise); a successor who is not a member or is the caller is refused with a field error on ' +
      '`successorId`, and nothing changes.',
  })
  @ApiNoContentResponse({ description: 'Left.' })
  @ApiProblems(400, 401, 403, 404, 409)
  async leave(@CurrentMember() member: TenantMember, @Query() query: LeaveQueryDto): Promise<void> {
    await this.memberships.leave(member, query.successorId);
  }
}
