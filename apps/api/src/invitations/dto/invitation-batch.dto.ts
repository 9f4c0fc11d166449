import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  ValidateNested,
} from 'class-validator';
import { MaxLength } from '../../common/max-length.decorator';
import { LANGUAGES, type Language } from '@cloudhub/permissions';
import { BATCH_EMAIL_MAX, BATCH_ROWS_MAX, ROLE_IDS_MAX, UUID_LENGTH, ROLE_NAME_MAX } from '@cloudhub/validation-limits';
import { FieldErrorDto } from '../../common/problem.dto';
import { BATCH_OUTCOMES, type BatchOutcome } from '../invitation-batch-plan';
import { InvitationQuotaDto } from './invitation.dto';

export class InvitationBatchRowDto {
  @ApiProperty({
    maxLength: BATCH_EMAIL_MAX,
    example: 'new.colleague@example.com',
    description: 'Trimmed; an invalid address is a row outcome (`invalid_email`), not an error of the request.',
  })
  @IsString({ message: 'must be text' })
  @MaxLength(BATCH_EMAIL_MAX, { message: `must be at most ${BATCH_EMAIL_MAX} characters` })
  email!: string;

  @ApiPropertyOptional({
    type: [String],
    format: 'uuid',
    maxLength: UUID_LENGTH,
    maxItems: ROLE_IDS_MAX,
    description: 'Roles of this customer.',
  })
  @IsOptional()
  @IsArray({ message: 'must be a list of role ids' })
  @ArrayMaxSize(ROLE_IDS_MAX)
  @IsUUID('all', { each: true, message: 'must only contain role ids' })
  roleIds?: string[];

  @ApiPropertyOptional({
    type: [String],
    maxLength: ROLE_NAME_MAX,
    maxItems: ROLE_IDS_MAX,
    description: 'Roles by name, as a CSV names them (case-insensitive); added to `roleIds`.',
  })
  @IsOptional()
  @IsArray({ message: 'must be a list of role names' })
  @ArrayMaxSize(ROLE_IDS_MAX)
  @IsString({ each: true, message: 'must only contain role names' })
  @MaxLength(ROLE_NAME_MAX, {
    each: true,
    message: `must only contain role names of at most ${ROLE_NAME_MAX} characters`,
  })
  roleNames?: string[];

  @ApiPropertyOptional({ enum: LANGUAGES, enumName: 'Language', description: 'Default: the customer’s language.' })
  @IsOptional()
  @IsIn(LANGUAGES, { message: `must be one of ${LANGUAGES.join(', ')}` })
  language?: Language;
}

export class InvitationBatchDto {
  @ApiProperty({ description: 'True: only say what would happen to each row; nothing is sent or counted.' })
  @IsBoolean({ message: 'must be true or false' })
  dryRun!: boolean;

  @ApiProperty({ type: [InvitationBatchRowDto], minItems: 1, maxItems: BATCH_ROWS_MAX })
  @IsArray({ message: 'must be a list of rows' })
  @ArrayMinSize(1, { message: 'must have at least one row' })
  @ArrayMaxSize(BATCH_ROWS_MAX, {
    message: `must have at most ${BATCH_ROWS_MAX} rows; send the rest in another request`,
  })
  @ValidateNested({ each: true })
  @Type(() => InvitationBatchRowDto)
  rows!: InvitationBatchRowDto[];
}

export class InvitationBatchRowResultDto {
  @ApiProperty({
    type: 'integer',
    minimum: 0,
    maximum: BATCH_ROWS_MAX - 1,
    description: 'The row’s position in the request, from 0.',
  })
  index!: number;

  @ApiProperty({ maxLength: BATCH_EMAIL_MAX, description: 'The address as understood (trimmed).' })
  email!: string;

  @ApiProperty({
    enum: BATCH_OUTCOMES,
    enumName: 'InvitationBatchOutcome',
    description:
      '`will_invite` (dry run) or `invited`; `already_member`; `already_invited` (with `invitationId`, to resend); ' +
      '`duplicate` (of row `duplicateOf`); `invalid_email`; `unknown_role`; `over_daily_limit` (the admin’s ' +
      'e-mails for 24 hours are used up by the rows before it); `over_recipient_limit` (this address had its ' +
      'e-mails for today from this customer).',
  })
  outcome!: BatchOutcome;

  @ApiProperty({ type: 'string', format: 'uuid', nullable: true, description: 'The new or the existing invitation.' })
  invitationId!: string | null;

  @ApiProperty({
    type: 'integer',
    minimum: 0,
    maximum: BATCH_ROWS_MAX - 1,
    nullable: true,
    description: 'For `duplicate`: the row it repeats.',
  })
  duplicateOf!: number | null;

  @ApiProperty({ type: [FieldErrorDto], description: 'Why the row is not (or would not be) invited; empty otherwise.' })
  errors!: FieldErrorDto[];
}

export class InvitationBatchResultDto {
  @ApiProperty()
  dryRun!: boolean;

  @ApiProperty({
    type: [InvitationBatchRowResultDto],
    maxItems: BATCH_ROWS_MAX,
    description: 'One per row, in the order of the request.',
  })
  rows!: InvitationBatchRowResultDto[];

  @ApiProperty({ type: InvitationQuotaDto, description: 'The admin’s quota after this request.' })
  quota!: InvitationQuotaDto;
}
