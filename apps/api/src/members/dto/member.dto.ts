import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, ArrayUnique, IsArray, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { PERMISSIONS, type Permission } from '@cloudhub/permissions';
import { PageQueryDto } from '../../common/page-query.dto';
import { RoleRefDto } from '../../users/dto/me.dto';

export class MemberDto {
  @ApiProperty({ format: 'uuid' })
  userId!: string;

  @ApiProperty({ example: 'Bea Buyer' })
  name!: string;

  @ApiProperty({ example: 'buyer@example.com' })
  email!: string;

  @ApiProperty({ type: [RoleRefDto] })
  roles!: RoleRefDto[];

  @ApiProperty({ enum: PERMISSIONS, enumName: 'Permission', isArray: true })
  permissions!: Permission[];

  @ApiProperty({ description: 'True when the member’s roles grant users.manage.' })
  isAdmin!: boolean;

  @ApiProperty({ format: 'date-time' })
  joinedAt!: string;
}

export class MemberListDto {
  @ApiProperty({ type: [MemberDto] })
  items!: MemberDto[];

  @ApiProperty({ type: 'string', nullable: true, description: 'Pass as `cursor` for the next page; null on the last.' })
  nextCursor!: string | null;
}

export class MemberListQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ description: 'Part of the name or e-mail address, case-insensitive.', maxLength: 254 })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value))
  @IsString()
  @MaxLength(254)
  q?: string;
}

export class UpdateMemberDto {
  @ApiProperty({ type: [String], format: 'uuid', description: 'The member’s roles from now on (may be empty).' })
  @IsArray({ message: 'must be a list of role ids' })
  @ArrayMaxSize(100)
  @ArrayUnique({ message: 'must not name a role twice' })
  @IsUUID('all', { each: true, message: 'must only contain role ids' })
  roleIds!: string[];
}
