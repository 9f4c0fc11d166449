import { Body, Delete, Get, HttpCode, HttpStatus, Patch, Post } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { RequirePermission } from '../access/access-policy.decorator';
import { ApiProblems } from '../common/api-problems.decorator';
import { UuidPathParam } from '../common/uuid-path-param.decorator';
import { CurrentMember, type TenantMember } from '../access/current-member';
import { TenantController } from '../access/tenant-controller.decorator';
import { CreateRoleDto, RoleDto, RoleImpactDto, RoleListDto, UpdateRoleDto } from './dto/role.dto';
import { roleNotFound } from './roles.errors';
import { RolesService } from './roles.service';

const RoleId = UuidPathParam('roleId', roleNotFound, 'The role’s id.');

@ApiTags('roles')
@ApiBearerAuth()
@TenantController('roles')
@RequirePermission('users.manage')
export class RolesController {
  constructor(private readonly roles: RolesService) {}

  @Get()
  @ApiOperation({
    operationId: 'listRoles',
    summary: 'The customer’s roles',
    description: 'Sorted by name, each with how many members and open invitations refer to it.',
  })
  @ApiOkResponse({ type: RoleListDto })
  @ApiProblems(401, 403, 404)
  list(@CurrentMember() member: TenantMember): Promise<RoleListDto> {
    return this.roles.list(member.tenantId);
  }

  @Post()
  @ApiOperation({
    operationId: 'createRole',
    summary: 'Create a role',
    description: 'Names are unique per customer, compared case-insensitively (409 `role_name_taken`).',
  })
  @ApiCreatedResponse({ type: RoleDto })
  @ApiProblems(400, 401, 403, 404, 409)
  create(@CurrentMember() member: TenantMember, @Body() body: CreateRoleDto): Promise<RoleDto> {
    return this.roles.create(member, body);
  }

  @Get(':roleId/impact')
  @ApiOperation({
    operationId: 'getRoleImpact',
    summary: 'What editing or deleting a role would affect',
    description: 'Shown before confirming: members lose or gain rights at once, open invitations on acceptance.',
  })
  @ApiOkResponse({ type: RoleImpactDto })
  @ApiProblems(401, 403, 404)
  impact(@CurrentMember() member: TenantMember, @RoleId roleId: string): Promise<RoleImpactDto> {
    return this.roles.impact(member.tenantId, roleId);
  }

  @Patch(':roleId')
  @ApiOperation({
    operationId: 'updateRole',
    summary: 'Rename a role or change its permissions',
    description:
      'Members get the new permissions on their next request; open invitations on acceptance. ' +
      'Refused with 409 `last_admin` when it would leave the customer without an admin.',
  })
  @ApiOkResponse({ type: RoleDto })
  @ApiProblems(400, 401, 403, 404, 409)
  update(@CurrentMember() member: TenantMember, @RoleId roleId: string, @Body() body: UpdateRoleDto): Promise<RoleDto> {
    return this.roles.update(member, roleId, body);
  }

  @Delete(':roleId')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({
    operationId: 'deleteRole',
    summary: 'Delete a role',
    description:
      'Members lose it at once; open invitations stay open without it. ' +
      'Refused with 409 `last_admin` when it would leave the customer without an admin.',
  })
  @ApiNoContentResponse({ description: 'Deleted.' })
  @ApiProblems(401, 403, 404, 409)
  async delete(@CurrentMember() member: TenantMember, @RoleId roleId: string): Promise<void> {
    await this.roles.delete(member, roleId);
  }
}
