import { Body, Delete, Get, HttpCode, HttpStatus, Patch, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { RequirePermission } from '../access/access-policy.decorator';
import { ApiProblems } from '../common/api-problems.decorator';
import { UuidPathParam } from '../common/uuid-path-param.decorator';
import { CurrentMember, type TenantMember } from '../access/current-member';
import { TenantController } from '../access/tenant-controller.decorator';
import { MemberDto, MemberListDto, MemberListQueryDto, UpdateMemberDto } from './dto/member.dto';
import { memberNotFound } from './members.errors';
import { MembersService } from './members.service';

const UserId = UuidPathParam('userId', memberNotFound, 'The member’s user id.');

@ApiTags('members')
@ApiBearerAuth()
@TenantController('members')
@RequirePermission('users.manage')
export class MembersController {
  constructor(private readonly members: MembersService) {}

  @Get()
  @ApiOperation({
    operationId: 'listMembers',
    summary: 'The customer’s members',
    description: 'Newest first, keyset-paged; `q` filters by name or e-mail address.',
  })
  @ApiOkResponse({ type: MemberListDto })
  @ApiProblems(400, 401, 403, 404)
  list(@CurrentMember() member: TenantMember, @Query() query: MemberListQueryDto): Promise<MemberListDto> {
    return this.members.list(member.tenantId, query);
  }

  @Patch(':userId')
  @ApiOperation({
    operationId: 'updateMember',
    summary: 'Set a member’s roles',
    description:
      'Takes effect on the member’s next request. Refused with 409 `last_admin` when it would leave the ' +
      'customer without an admin.',
  })
  @ApiOkResponse({ type: MemberDto })
  @ApiProblems(400, 401, 403, 404, 409)
  update(
    @CurrentMember() member: TenantMember,
    @UserId userId: string,
    @Body() body: UpdateMemberDto,
  ): Promise<MemberDto> {
    return this.members.updateRoles(member, userId, body.roleIds);
  }

  @Delete(':userId')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({
    operationId: 'removeMember',
    summary: 'Remove a member from the customer',
    description:
      'Their access ends at once (their next request for this customer is refused); their account stays. ' +
      'Refused with 409 `last_admin` for the last admin.',
  })
  @ApiNoContentResponse({ description: 'Removed.' })
  @ApiProblems(401, 403, 404, 409)
  async remove(@CurrentMember() member: TenantMember, @UserId userId: string): Promise<void> {
    await this.members.remove(member, userId);
  }
}
