import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CommonFieldErrorCode, CommonProblemCode, FIELD_ERROR_REASONS, type FieldErrorReason } from './common.errors';
import type { FieldErrorCode, ProblemCode } from './problem';

/**
 * The parameters of a field error's rule, so that a client can say it in its own words. Which ones come
 * with which code is listed in `FieldErrorCode`'s description.
 */
export class FieldErrorParamsDto {
  @ApiPropertyOptional({
    example: 1,
    description: 'Least length, count or value (`minLength`, `min`, `arrayMinSize`, `too_short`).',
  })
  min?: number;

  @ApiPropertyOptional({
    example: 60,
    description: 'Greatest length, count or value (`maxLength`, `max`, `arrayMaxSize`, `too_long`).',
  })
  max?: number;

  @ApiPropertyOptional({
    type: 'array',
    maxItems: 100,
    items: { oneOf: [{ type: 'string', maxLength: 100 }, { type: 'number' }] },
    example: ['en', 'de'],
    description: 'The values allowed (`isIn`, `isEnum`).',
  })
  allowed?: readonly (string | number)[];

  @ApiPropertyOptional({
    enum: FIELD_ERROR_REASONS,
    enumName: 'FieldErrorReason',
    example: 'link',
    description:
      'Why the value is refused: for `noLinksOrMarkup` one of `control`, `bidi`, `markup`, `link`, `hostName`, `at`; ' +
      'for `invalidEmail` one of `empty`, `noAt`, `space`, `tooLong`, `notSingle`.',
  })
  reason?: FieldErrorReason;

  @ApiPropertyOptional({ example: 50, description: 'The daily limit a row does not fit (`dailyQuota`).' })
  limit?: number;

  @ApiPropertyOptional({ example: 2, description: 'The earlier row, from 1, that has the same address (`duplicate`).' })
  row?: number;

  @ApiPropertyOptional({
    type: 'array',
    maxItems: 500,
    items: { type: 'string', maxLength: 200 },
    example: ['Owner'],
    description: 'Role names the customer does not have (`unknownRole`).',
  })
  names?: readonly string[];
}

export class FieldErrorDto {
  @ApiProperty({ example: 'email' })
  field!: string;

  @ApiProperty({
    // The document lists every module's codes (openapi/problem-codes.ts); this folder knows the common ones.
    enum: CommonFieldErrorCode,
    enumName: 'FieldErrorCode',
    example: 'maxLength',
    description:
      'Stable code of the rule that failed: a class-validator constraint name (`maxLength`, `isIn`, ...), ' +
      '`unknownField`, or a rule of this API (`taken`, `member`, `invited`, `unknownRole`, ...). Clients translate ' +
      'by `code` and `params`.',
  })
  code!: FieldErrorCode;

  @ApiPropertyOptional({ type: FieldErrorParamsDto, description: 'The rule’s parameters, when it has any.' })
  params?: FieldErrorParamsDto;

  @ApiProperty({ example: 'must be at most 60 characters', description: 'English, for people reading the response.' })
  message!: string;
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

  @ApiProperty({
    // The document lists every module's codes (openapi/problem-codes.ts); this folder knows the common ones.
    enum: CommonProblemCode,
    enumName: 'ProblemCode',
    description: 'Stable, machine-readable error code.',
    example: 'validation_failed',
  })
  code!: ProblemCode;

  @ApiPropertyOptional({ type: [FieldErrorDto] })
  errors?: FieldErrorDto[];
}
