import { ApiProperty, ApiPropertyOptional, IntersectionType } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayUnique, IsArray, IsIn, IsOptional, IsString, IsUUID } from 'class-validator';
import { MaxLength } from '../../common/max-length.decorator';
import { PERMISSIONS, type Permission } from '@cloudhub/permissions';
import { EMAIL_MAX, NAME_MAX, ROLE_IDS_MAX, UUID_LENGTH, SEARCH_MAX } from '@cloudhub/validation-limits';
import { PageDto } from '../../common/page.dto';
import { PageQueryDto } from '../../common/page-query.dto';
import { Trim } from '../../common/trim.decorator';
import { RoleRefDto } from '../../me/dto/me.dto';
import { RoleFilter } from '../../roles/role-filter';
import { DEFAULT_MEMBER_SORT, MEMBER_SORTS, type MemberSort } from '../member-list';
import { LowerCaseIds } from '../../common/lower-case-ids.decorator';

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

/** `?q=`: the members whose name or e-mail address contains it (the list, the counts and the export). */
export class MemberSearchQueryDto {
  @ApiPropertyOptional({ description: 'Part of the name or e-mail address, case-insensitive.', maxLength: SEARCH_MAX })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(SEARCH_MAX)
  q?: string;
}

/** `?q=&role=&sort=`: which members in which order, for the list and the export. */
export class MemberSelectionQueryDto extends MemberSearchQueryDto {
  @RoleFilter(
    'Only the members who have this role of the customer, or `none`: the members without any role (restricted mode).',
  )
  role?: string;

  @ApiPropertyOptional({
    enum: MEMBER_SORTS,
    enumName: 'MemberSort',
    default: DEFAULT_MEMBER_SORT,
    description:
      '`name`: A to Z as in a German dictionary (Ä with A; case and accents only break ties); `joined`: oldest first; ' +
      '`-` reverses. Ties in order of the user id.',
  })
  @IsOptional()
  @IsIn(MEMBER_SORTS, { message: `must be one of ${MEMBER_SORTS.join(', ')}` })
  sort?: MemberSort;
}

export class MemberListQueryDto extends IntersectionType(PageQueryDto, MemberSelectionQueryDto) {}

export class MemberRoleCountDto {
  @ApiProperty({ format: 'uuid' })
  roleId!: string;

  @ApiProperty({ type: 'integer', minimum: 0, description: 'Members matching `q` who have this role.' })
  members!: number;
}

/** What the role filter shows beside each choice. */
export class MemberCountsDto {
  @ApiProperty({ type: 'integer', minimum: 0, description: 'Members matching `q`.' })
  all!: number;

  @ApiProperty({ type: 'integer', minimum: 0, description: 'Of those, the members without any role (`role=none`).' })
  withoutRole!: number;

  @ApiProperty({
    type: [MemberRoleCountDto],
    description: 'Every role of the customer, by name, with its members matching `q` (0 included).',
  })
  roles!: MemberRoleCountDto[];
}

export class UpdateMemberDto {
  @ApiProperty({
    type: [String],
    format: 'uuid',
    maxLength: UUID_LENGTH,
    maxItems: ROLE_IDS_MAX,
    description: 'The member’s roles from now on (may be empty).',
  })
  @LowerCaseIds()
  @IsArray({ message: 'must be a list of role ids' })
  @ArrayMaxSize(ROLE_IDS_MAX)
  @ArrayUnique({ message: 'must not name a role twice' })
  @IsUUID('all', { each: true, message: 'must only contain role ids' })
  roleIds!: string[];

  @ApiPropertyOptional({
    format: 'uuid',
    maxLength: UUID_LENGTH,
    description:
      'When you take your own admin rights away: the member who takes over as administrator. They get the ' +
      'customer’s Administrator role in the same change, and an e-mail. Needed when you are the last admin; ' +
      'only for a change of your own roles.',
  })
  @LowerCaseIds()
  @IsOptional()
  @IsUUID('all', { message: 'must be a user id' })
  successorId?: string;
}
