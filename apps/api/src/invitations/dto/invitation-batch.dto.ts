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
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { LANGUAGES, type Language } from '@cloudhub/permissions';
import { FieldErrorDto } from '../../common/problem.dto';
import { BATCH_OUTCOMES, type BatchOutcome } from '../invitation-batch-plan';
import { InvitationQuotaDto } from './invitation.dto';

/** At most this many rows per request: a team, a department, a CSV export of one. */
export const BATCH_MAX_ROWS = 500;

export class InvitationBatchRowDto {
  @ApiProperty({
    maxLength: 320,
    example: 'new.colleague@example.com',
    description: 'Trimmed; an invalid address is a row outcome (`invalid_email`), not an error of the request.',
  })
  @IsString({ message: 'must be text' })
  @MaxLength(320, { message: 'must be at most 320 characters' })
  email!: string;

  @ApiPropertyOptional({ type: [String], format: 'uuid', maxItems: 100, description: 'Roles of this customer.' })
  @IsOptional()
  @IsArray({ message: 'must be a list of role ids' })
  @ArrayMaxSize(100)
  @IsUUID('all', { each: true, message: 'must only contain role ids' })
  roleIds?: string[];

  @ApiPropertyOptional({
    type: [String],
    maxItems: 100,
    description: 'Roles by name, as a CSV names them (case-insensitive); added to `roleIds`.',
  })
  @IsOptional()
  @IsArray({ message: 'must be a list of role names' })
  @ArrayMaxSize(100)
  @IsString({ each: true, message: 'must only contain role names' })
  @MaxLength(60, { each: true, message: 'must only contain role names of at most 60 characters' })
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

  @ApiProperty({ type: [InvitationBatchRowDto], minItems: 1, maxItems: BATCH_MAX_ROWS })
  @IsArray({ message: 'must be a list of rows' })
  @ArrayMinSize(1, { message: 'must have at least one row' })
  @ArrayMaxSize(BATCH_MAX_ROWS, {
    message: `must have at most ${BATCH_MAX_ROWS} rows; send the rest in another request`,
  })
  @ValidateNested({ each: true })
  @Type(() => InvitationBatchRowDto)
  rows!: InvitationBatchRowDto[];
}

export class InvitationBatchRowResultDto {
  @ApiProperty({ description: 'The row’s position in the request, from 0.' })
  index!: number;

  @ApiProperty({ description: 'The address as understood (trimmed).' })
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

  @ApiProperty({ type: 'integer', nullable: true, description: 'For `duplicate`: the row it repeats.' })
  duplicateOf!: number | null;

  @ApiProperty({ type: [FieldErrorDto], description: 'Why the row is not (or would not be) invited; empty otherwise.' })
  errors!: FieldErrorDto[];
}

export class InvitationBatchResultDto {
  @ApiProperty()
  dryRun!: boolean;

  @ApiProperty({ type: [InvitationBatchRowResultDto], description: 'One per row, in the order of the request.' })
  rows!: InvitationBatchRowResultDto[];

  @ApiProperty({ type: InvitationQuotaDto, description: 'The admin’s quota after this request.' })
  quota!: InvitationQuotaDto;
}
