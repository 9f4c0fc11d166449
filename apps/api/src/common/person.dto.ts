import { ApiProperty } from '@nestjs/swagger';
import { EMAIL_MAX, NAME_MAX } from '@cloudhub/validation-limits';

/** Someone named in a response: who invited, who acted. Each use names its own schema by extending it. */
export class PersonDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ example: 'Alex Admin', maxLength: NAME_MAX })
  name!: string;

  @ApiProperty({ example: 'admin@example.com', format: 'email', maxLength: EMAIL_MAX })
  email!: string;
}
