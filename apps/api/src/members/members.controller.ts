import { Body, Delete, Get, HttpCode, HttpStatus, Patch, Query, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { RequirePermission } from '../access/access-policy.decorator';
import { ApiProblems } from '../common/api-problems.decorator';
import { CSV_MEDIA_TYPE, csvAttachment } from '../common/csv';
import { CsvExport } from '../common/csv-export.decorator';
import { UuidPathParam } from '../common/uuid-path-param.decorator';
import { CurrentMember, type TenantMember } from '../access/current-member';
import { TenantController } from '../access/tenant-controller.decorator';
import {
  MemberCountsDto,
  MemberDto,
  MemberListDto,
  MemberListQueryDto,
  MemberSearchQueryDto,
  MemberSelectionQueryDto,
  UpdateMemberDto,
} from './dto/member.dto';
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
    description:
      'Sorted by `sort` (default: newest first), keyset-paged; filter by name or e-mail text (`q`) and by role ' +
      '(`role`, or `none` for the members without any role), combinable.',
  })
  @ApiOkResponse({ type: MemberListDto })
  @ApiProblems(400, 401, 403, 404)
  list(@CurrentMember() member: TenantMember, @Query() query: MemberListQueryDto): Promise<MemberListDto> {
    return this.members.list(member.tenantId, query);
  }

  @Get('counts')
  @ApiOperation({
    operationId: 'countMembers',
    summary: 'How many members each choice of the role filter holds',
    description: 'All members, those without any role, and each role’s; among the members matching `q`.',
  })
  @ApiOkResponse({ type: MemberCountsDto })
  @ApiProblems(400, 401, 403, 404)
  counts(@CurrentMember() member: TenantMember, @Query() query: MemberSearchQueryDto): Promise<MemberCountsDto> {
    return this.members.counts(member.tenantId, query);
  }

  @CsvExport({
    operationId: 'exportMembers',
    summary: 'Every member the filters select, as CSV',
    columns: 'name, email, roles (names separated by `; `), joined, restricted (`yes`: no permission in this customer)',
  })
  async export(
    @CurrentMember() member: TenantMember,
    @Query() query: MemberSelectionQueryDto,
  ): Promise<StreamableFile> {
    const { customerNumber, csv } = await this.members.export(member, query);
    return new StreamableFile(csv, { type: CSV_MEDIA_TYPE, disposition: csvAttachment('members', customerNumber) });
  }

  @Get(':userId')
  @ApiOperation({
    operationId: 'getMember',
    summary: 'One member',
    description: 'For a link to a member’s row; 404 `member_not_found` once they are no longer a member.',
  })
  @ApiOkResponse({ type: MemberDto })
  @ApiProblems(401, 403, 404)
  get(@CurrentMember() member: TenantMember, @UserId userId: string): Promise<MemberDto> {
    return this.members.get(member.tenantId, userId);
  }

  @Patch(':userId')
  @ApiOperation({
    operationId: 'updateMember',
    summary: 'Set a member’s roles',
    description:
      'Takes effect on the member’s next request. Refused with 409 `last_admin` when it would leave the ' +
      'customer without an admin, unless you change your own roles and name a successor (`successorId`, ' +
      'another member): they get the Administrator role in the same change, and an e-mail.',
  })
  @ApiOkResponse({ type: MemberDto })
  @ApiProblems(400, 401, 403, 404, 409)
  update(
    @CurrentMember() member: TenantMember,
    @UserId userId: string,
    @Body() body: UpdateMemberDto,
  ): Promise<MemberDto> {
    return this.members.updateRoles(member, userId, body.roleIds, body.successorId);
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
