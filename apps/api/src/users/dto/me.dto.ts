import { ApiProperty } from '@nestjs/swagger';
import { LANGUAGES, PERMISSIONS, type Language, type Permission } from '@cloudhub/permissions';

export class RoleRefDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ example: 'Buyer' })
  name!: string;
}

export class MyMembershipDto {
  @ApiProperty({ format: 'uuid' })
  tenantId!: string;

  @ApiProperty({ example: '100042' })
  customerNumber!: string;

  @ApiProperty({ example: 'Acme Devices GmbH' })
  companyName!: string;

  @ApiProperty({ enum: PERMISSIONS, enumName: 'Permission', isArray: true })
  permissions!: Permission[];

  @ApiProperty({ type: [RoleRefDto] })
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

  @ApiProperty({ example: 'admin@example.com' })
  email!: string;

  @ApiProperty({ example: 'Alex Admin' })
  name!: string;

  @ApiProperty({ enum: LANGUAGES, enumName: 'Language' })
  language!: Language;

  @ApiProperty({ type: [MyMembershipDto] })
  memberships!: MyMembershipDto[];
}
