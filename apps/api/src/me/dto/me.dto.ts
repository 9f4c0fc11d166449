import { ApiProperty } from '@nestjs/swagger';
import { LANGUAGES, PERMISSIONS, type Language, type Permission } from '@cloudhub/permissions';
import { EMAIL_MAX, NAME_MAX, ROLE_IDS_MAX, ROLE_NAME_MAX } from '@cloudhub/validation-limits';
import { CustomerRefDto } from '../../tenants/dto/customer-ref.dto';

export class RoleRefDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ example: 'Buyer', maxLength: ROLE_NAME_MAX })
  name!: string;
}

export class MyMembershipDto extends CustomerRefDto {
  @ApiProperty({ enum: PERMISSIONS, enumName: 'Permission', isArray: true, maxItems: PERMISSIONS.length })
  permissions!: Permission[];

  @ApiProperty({ type: [RoleRefDto], maxItems: ROLE_IDS_MAX })
  roles!: RoleRefDto[];

  @ApiProperty({ description: 'True when the member has no permission at all in this customer.' })
  restricted!: boolean;

  @ApiProperty({ description: 'True when the welcome tour should be shown at the next visit.' })
  tourPending!: boolean;

  @ApiProperty({ format: 'date-time' })
  joinedAt!: string;
}

export class MeDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ example: 'admin@example.com', format: 'email', maxLength: EMAIL_MAX })
  email!: string;

  @ApiProperty({ example: 'Alex Admin', maxLength: NAME_MAX })
  name!: string;

  @ApiProperty({ enum: LANGUAGES, enumName: 'Language' })
  language!: Language;

  @ApiProperty({ type: [MyMembershipDto] })
  memberships!: MyMembershipDto[];
}
