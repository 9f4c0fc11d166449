import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ArrayUnique, IsArray, IsIn, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { PERMISSIONS, type Permission } from '@cloudhub/permissions';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class RoleDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ example: 'Buyer' })
  name!: string;

  @ApiProperty({ enum: PERMISSIONS, enumName: 'Permission', isArray: true })
  permissions!: Permission[];

  @ApiProperty({ description: 'Members who have this role.' })
  memberCount!: number;

  @ApiProperty({ description: 'Open invitations that would give this role.' })
  openInvitationCount!: number;

  @ApiProperty({ format: 'date-time' })
  createdAt!: string;

  @ApiProperty({ format: 'date-time' })
  updatedAt!: string;
}

export class RoleListDto {
  @ApiProperty({ type: [RoleDto] })
  items!: RoleDto[];

  @ApiProperty({ type: 'string', nullable: true, description: 'Always null: a customer’s roles fit on one page.' })
  nextCursor!: string | null;
}

export class CreateRoleDto {
  @ApiProperty({ minLength: 1, maxLength: 60, example: 'Buyer' })
  @Transform(trim)
  @IsString({ message: 'must be text' })
  @MinLength(1, { message: 'must not be empty' })
  @MaxLength(60, { message: 'must be at most 60 characters' })
  name!: string;

  @ApiProperty({ enum: PERMISSIONS, enumName: 'Permission', isArray: true, example: ['orders.read'] })
  @IsArray({ message: 'must be a list of permissions' })
  @ArrayUnique({ message: 'must not name a permission twice' })
  @IsIn(PERMISSIONS, { each: true, message: `must only contain known permissions: ${PERMISSIONS.join(', ')}` })
  permissions!: Permission[];
}

export class UpdateRoleDto {
  @ApiPropertyOptional({ minLength: 1, maxLength: 60, example: 'Senior buyer' })
  @IsOptional()
  @Transform(trim)
  @IsString({ message: 'must be text' })
  @MinLength(1, { message: 'must not be empty' })
  @MaxLength(60, { message: 'must be at most 60 characters' })
  name?: string;

  @ApiPropertyOptional({ enum: PERMISSIONS, enumName: 'Permission', isArray: true })
  @IsOptional()
  @IsArray({ message: 'must be a list of permissions' })
  @ArrayUnique({ message: 'must not name a permission twice' })
  @IsIn(PERMISSIONS, { each: true, message: `must only contain known permissions: ${PERMISSIONS.join(', ')}` })
  permissions?: Permission[];
}

export class RoleImpactDto {
  @ApiProperty({ description: 'Open invitations that refer to the role.' })
  openInvitations!: number;

  @ApiProperty({ description: 'Members who have the role.' })
  members!: number;
}
