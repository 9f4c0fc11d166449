import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayUnique, IsArray, IsIn, IsOptional, IsString, MinLength } from 'class-validator';
import { MaxLength } from '../../common/max-length.decorator';
import { PERMISSIONS, type Permission } from '@cloudhub/permissions';
import { ROLE_NAME_MAX } from '@cloudhub/validation-limits';
import { PageDto } from '../../common/page.dto';
import { Trim } from '../../common/trim.decorator';

const NAME_TOO_LONG = `must be at most ${ROLE_NAME_MAX} characters`;

/** A role and what it grants: the part every view of a role shows. */
export class RoleGrantsDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ example: 'Buyer', maxLength: ROLE_NAME_MAX })
  name!: string;

  @ApiProperty({ enum: PERMISSIONS, enumName: 'Permission', isArray: true, maxItems: PERMISSIONS.length })
  permissions!: Permission[];
}

export class RoleDto extends RoleGrantsDto {
  @ApiProperty({ type: 'integer', minimum: 0, description: 'Members who have this role.' })
  memberCount!: number;

  @ApiProperty({ type: 'integer', minimum: 0, description: 'Open invitations that would give this role.' })
  openInvitationCount!: number;

  @ApiProperty({ format: 'date-time' })
  createdAt!: string;

  @ApiProperty({ format: 'date-time' })
  updatedAt!: string;
}

export class RoleListDto extends PageDto(RoleDto, {
  maxItems: null,
  nextCursor: 'Always null: a customer’s roles fit on one page.',
}) {}

export class CreateRoleDto {
  @ApiProperty({ minLength: 1, maxLength: ROLE_NAME_MAX, example: 'Buyer' })
  @Trim()
  @IsString({ message: 'must be text' })
  @MinLength(1, { message: 'must not be empty' })
  @MaxLength(ROLE_NAME_MAX, { message: NAME_TOO_LONG })
  name!: string;

  @ApiProperty({
    enum: PERMISSIONS,
    enumName: 'Permission',
    isArray: true,
    // A longer list names a permission twice, which ArrayUnique refuses.
    maxItems: PERMISSIONS.length,
    example: ['orders.read'],
  })
  @IsArray({ message: 'must be a list of permissions' })
  @ArrayUnique({ message: 'must not name a permission twice' })
  @IsIn(PERMISSIONS, { each: true, message: `must only contain known permissions: ${PERMISSIONS.join(', ')}` })
  permissions!: Permission[];
}

export class UpdateRoleDto {
  @ApiPropertyOptional({ minLength: 1, maxLength: ROLE_NAME_MAX, example: 'Senior buyer' })
  @IsOptional()
  @Trim()
  @IsString({ message: 'must be text' })
  @MinLength(1, { message: 'must not be empty' })
  @MaxLength(ROLE_NAME_MAX, { message: NAME_TOO_LONG })
  name?: string;

  @ApiPropertyOptional({ enum: PERMISSIONS, enumName: 'Permission', isArray: true, maxItems: PERMISSIONS.length })
  @IsOptional()
  @IsArray({ message: 'must be a list of permissions' })
  @ArrayUnique({ message: 'must not name a permission twice' })
  @IsIn(PERMISSIONS, { each: true, message: `must only contain known permissions: ${PERMISSIONS.join(', ')}` })
  permissions?: Permission[];
}

export class RoleImpactDto {
  @ApiProperty({ type: 'integer', minimum: 0, description: 'Open invitations that refer to the role.' })
  openInvitations!: number;

  @ApiProperty({ type: 'integer', minimum: 0, description: 'Members who have the role.' })
  members!: number;
}
