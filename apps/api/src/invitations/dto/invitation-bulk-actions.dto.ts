import { ApiProperty } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsBoolean, IsUUID } from 'class-validator';
import { BATCH_EMAIL_MAX, BATCH_ROWS_MAX, UUID_LENGTH } from '@cloudhub/validation-limits';
import { FieldErrorDto } from '../../common/problem.dto';
import {
  BULK_DELETE_OUTCOMES,
  BULK_RESEND_OUTCOMES,
  type BulkDeleteOutcome,
  type BulkResendOutcome,
} from '../invitation-bulk-plan';
import { InvitationQuotaDto } from './invitation.dto';
import { LowerCaseIds } from '../../common/lower-case-ids.decorator';

const DRY_RUN_DESCRIPTION = 'True: only say what would happen to each invitation; nothing is sent, deleted or counted.';

export class InvitationDryRunDto {
  @ApiProperty({ description: DRY_RUN_DESCRIPTION })
  @IsBoolean({ message: 'must be true or false' })
  dryRun!: boolean;
}

export class InvitationBulkDto extends InvitationDryRunDto {
  @ApiProperty({
    type: [String],
    format: 'uuid',
    maxLength: UUID_LENGTH,
    minItems: 1,
    maxItems: BATCH_ROWS_MAX,
    uniqueItems: true,
    description: 'The invitations, in the order they are sent (the quota takes the first ones).',
  })
  @LowerCaseIds()
  @IsArray({ message: 'must be a list of invitation ids' })
  @ArrayMinSize(1, { message: 'must have at least one invitation id' })
  @ArrayMaxSize(BATCH_ROWS_MAX, {
    message: `must have at most ${BATCH_ROWS_MAX} invitation ids; send the rest in another request`,
  })
  @ArrayUnique({ message: 'must not name an invitation twice' })
  @IsUUID('all', { each: true, message: 'must only contain invitation ids' })
  ids!: string[];
}

/** One invitation of a bulk action, as `outcomeEnum` says what happens to it. */
const rowProperties = {
  id: () => ApiProperty({ format: 'uuid', description: 'The invitation.' }),
  email: () =>
    ApiProperty({
      type: 'string',
      maxLength: BATCH_EMAIL_MAX,
      nullable: true,
      description: 'Its address; null for `not_found` when the id is not one of this customer’s invitations.',
    }),
  errors: () =>
    ApiProperty({
      type: [FieldErrorDto],
      description:
        'Why the action does not (or would not) apply to it, with the field `id` or `email`; empty otherwise.',
    }),
};

export class InvitationBulkResendRowDto {
  @rowProperties.id()
  id!: string;

  @rowProperties.email()
  email!: string | null;

  @ApiProperty({
    enum: BULK_RESEND_OUTCOMES,
    enumName: 'InvitationBulkResendOutcome',
    description:
      '`will_resend` (dry run) or `resent`: an open invitation gets a new link; `will_reopen` or `reopened`: a ' +
      'revoked one opens again with a new link; `already_member` and `already_invited` (a revoked one whose ' +
      'address joined, or has an open invitation, meanwhile or earlier in this request); `over_daily_limit` (the ' +
      'admin’s e-mails for 24 hours are used up by the invitations before it); `over_recipient_limit` (the ' +
      'address had its e-mails for today from this customer); `not_found` (accepted, or not this customer’s).',
  })
  outcome!: BulkResendOutcome;

  @rowProperties.errors()
  errors!: FieldErrorDto[];
}

export class InvitationBulkDeleteRowDto {
  @rowProperties.id()
  id!: string;

  @rowProperties.email()
  email!: string | null;

  @ApiProperty({
    enum: BULK_DELETE_OUTCOMES,
    enumName: 'InvitationBulkDeleteOutcome',
    description:
      '`will_delete` (dry run) or `deleted`; `not_found` (accepted, deleted or revoked already, or not this ' +
      'customer’s).',
  })
  outcome!: BulkDeleteOutcome;

  @rowProperties.errors()
  errors!: FieldErrorDto[];
}

export class InvitationBulkResendResultDto {
  @ApiProperty()
  dryRun!: boolean;

  @ApiProperty({ type: [InvitationBulkResendRowDto], maxItems: BATCH_ROWS_MAX })
  rows!: InvitationBulkResendRowDto[];

  @ApiProperty({
    type: 'integer',
    minimum: 0,
    maximum: BATCH_ROWS_MAX,
    description: 'Invitation e-mails this uses (dry run) or used against the daily limit.',
  })
  cost!: number;

  @ApiProperty({
    type: InvitationQuotaDto,
    description: 'The admin’s quota: before sending for a dry run, after sending otherwise.',
  })
  quota!: InvitationQuotaDto;
}

export class ExpiredInvitationsResendResultDto extends InvitationBulkResendResultDto {
  @ApiProperty({
    type: 'integer',
    minimum: 0,
    description: 'The customer’s expired open invitations before this request.',
  })
  expired!: number;

  @ApiProperty({
    type: 'integer',
    minimum: 0,
    description: 'Those that stay expired: the ones the quota does not allow today (`expired` − `cost`).',
  })
  staysExpired!: number;
}

export class InvitationBulkDeleteResultDto {
  @ApiProperty()
  dryRun!: boolean;

  @ApiProperty({ type: [InvitationBulkDeleteRowDto], maxItems: BATCH_ROWS_MAX, description: 'In the order asked.' })
  rows!: InvitationBulkDeleteRowDto[];
}
