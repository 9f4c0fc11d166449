import { ApiProperty } from '@nestjs/swagger';
import { AREAS, PERMISSIONS, type Permission } from '@cloudhub/permissions';

export class LocalisedTextDto {
  @ApiProperty({ example: 'Orders' })
  en!: string;

  @ApiProperty({ example: 'Bestellungen' })
  de!: string;
}

export class AreaDto {
  @ApiProperty({ example: 'orders', pattern: '^[a-z]+$' })
  key!: string;

  @ApiProperty({ enum: PERMISSIONS, enumName: 'Permission' })
  permission!: Permission;

  @ApiProperty({ type: LocalisedTextDto })
  label!: LocalisedTextDto;

  @ApiProperty({ type: LocalisedTextDto })
  description!: LocalisedTextDto;
}

export class PermissionCatalogueDto {
  @ApiProperty({ type: [AreaDto], maxItems: AREAS.length })
  areas!: AreaDto[];
}
