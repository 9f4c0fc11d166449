import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class FieldErrorDto {
  @ApiProperty({ example: 'email' })
  field!: string;

  @ApiProperty({ example: 'must be an e-mail address' })
  message!: string;

  @ApiPropertyOptional({
    example: 'isEmail',
    description: 'Stable code of the rule that failed (class-validator constraint name, or e.g. `taken`).',
  })
  code?: string;
}

/** RFC 9457 problem details, as every error leaves the API. */
export class ProblemDto {
  @ApiProperty({ format: 'uri', example: 'https://cloudhub.example/problems/validation-failed' })
  type!: string;

  @ApiProperty({ example: 'The request is not valid' })
  title!: string;

  @ApiProperty({ example: 400 })
  status!: number;

  @ApiProperty({ example: 'email: must be an e-mail address' })
  detail!: string;

  @ApiPropertyOptional({ example: '/api/auth/login' })
  instance?: string;

  @ApiProperty({ description: 'Stable, machine-readable error code.', example: 'validation_failed' })
  code!: string;

  @ApiPropertyOptional({ type: [FieldErrorDto] })
  errors?: FieldErrorDto[];
}
