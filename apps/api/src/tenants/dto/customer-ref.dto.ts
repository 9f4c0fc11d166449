import { ApiProperty } from '@nestjs/swagger';
import { COMPANY_NAME_MAX, CUSTOMER_NUMBER_MAX, CUSTOMER_NUMBER_PATTERN } from '@cloudhub/validation-limits';

/** Which customer something is about, as every response that names one shows it. */
export class CustomerRefDto {
  @ApiProperty({ format: 'uuid' })
  tenantId!: string;

  @ApiProperty({ example: '100042', maxLength: CUSTOMER_NUMBER_MAX, pattern: CUSTOMER_NUMBER_PATTERN })
  customerNumber!: string;

  @ApiProperty({ example: 'Acme Devices GmbH', maxLength: COMPANY_NAME_MAX })
  companyName!: string;
}
