import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayUnique, IsArray, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { PERMISSIONS, type Permission } from '@cloudhub/permissions';
import { EMAIL_MAX, NAME_MAX, ROLE_IDS_MAX, UUID_LENGTH, SEARCH_MAX } from '@cloudhub/validation-limits';
import { PageDto } from '../../common/page.dto';
import { PageQueryDto } from '../../common/page-query.dto';
import { Trim } from '../../common/trim.decorator';
import { RoleRefDto } from '../../me/dto/me.dto';

export class MemberDto {
  @ApiProperty({ format: 'uuid' })
  userId!: string;

  @ApiProperty({ example: 'Bea Buyer', maxLength: NAME_MAX })
  name!: string;

  @ApiProperty({ example: 'buyer@example.com', format: 'email', maxLength: EMAIL_MAX })
  email!: string;

  @ApiProperty({ type: [RoleRefDto], maxItems: ROLE_IDS_MAX })
  roles!: RoleRefDto[];

  @ApiProperty({ enum: PERMISSIONS, enumName: 'Permission', isArray: true, maxItems: PERMISSIONS.length })
  permissions!: Permission[];

  @ApiProperty({ description: 'True when the member’s roles grant users.manage.' })
  isAdmin!: boolean;

  @ApiProperty({ format: 'date-time' })
  joinedAt!: string;
}

export class MemberListDto extends PageDto(MemberDto) {}

export class MemberListQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ description: 'Part of the name or e-mail address, case-insensitive.', maxLength: SEARCH_MAX })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(SEARCH_MAX)
  q?: string;
}

export class UpdateMemberDto {
  @ApiProperty({
    type: [String],
    format: 'uuid',
    maxLength: UUID_LENGTH,
    maxItems: ROLE_IDS_MAX,
    description: 'The member’s roles from now on (may be empty).',
  })
  @IsArray({ message: 'must be a list of role ids' })
  @ArrayMaxSize(ROLE_IDS_MAX)
  @ArrayUnique({ message: 'must not name a role twice' })
  @IsUUID('all', { each: true, message: 'must only contain role ids' })
  roleIds!: string[];
}
