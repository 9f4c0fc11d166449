import { ApiProperty } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import { LANGUAGES, type Language } from '@cloudhub/permissions';
import { CustomerRefDto } from '../../tenants/dto/customer-ref.dto';

const INVITATION_LANGUAGE =
  'The language of invitation e-mails when the inviting admin does not pick one (`language` of an invitation).';

export class CustomerSettingsDto extends CustomerRefDto {
  @ApiProperty({ enum: LANGUAGES, enumName: 'Language', description: INVITATION_LANGUAGE })
  language!: Language;
}

export class UpdateCustomerSettingsDto {
  @ApiProperty({ enum: LANGUAGES, enumName: 'Language', description: INVITATION_LANGUAGE })
  @IsIn(LANGUAGES, { message: `must be one of ${LANGUAGES.join(', ')}` })
  language!: Language;
}
