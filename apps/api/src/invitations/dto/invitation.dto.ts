import { ApiProperty, ApiPropertyOptional, IntersectionType } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayUnique, IsArray, IsIn, IsOptional, IsString, IsUUID } from 'class-validator';
import { MaxLength } from '../../common/max-length.decorator';
import { LANGUAGES, type Language } from '@cloudhub/permissions';
import { REVOKE_REASONS, type RevokeReason } from '../../audit/audit-actions';
import { EMAIL_MAX, ROLE_IDS_MAX, UUID_LENGTH, SEARCH_MAX } from '@cloudhub/validation-limits';
import { PageDto } from '../../common/page.dto';
import { PageQueryDto } from '../../common/page-query.dto';
import { Trim } from '../../common/trim.decorator';
import { RoleRefDto } from '../../me/dto/me.dto';
import { RoleFilter } from '../../roles/role-filter';
import { IsPlainEmail } from '../plain-email';
import { PersonDto } from '../../common/person.dto';

export const INVITATION_STATUSES = ['pending', 'expired', 'revoked'] as const;
export type InvitationStatus = (typeof INVITATION_STATUSES)[number];
export const DELIVERY_STATES = ['queued', 'sent', 'failed'] as const;
export type DeliveryState = (typeof DELIVERY_STATES)[number];
/** The columns the table sorts by, ascending or (with `-`) descending; ties are broken by id. */
export const INVITATION_SORTS = ['sent', '-sent', 'email', '-email', 'expires', '-expires'] as const;
export type InvitationSort = (typeof INVITATION_SORTS)[number];
export const INVITATION_SORT_DEFAULT: InvitationSort = '-sent';

export class InviterDto extends PersonDto {}

export class InvitationDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ example: 'new.colleague@example.com', format: 'email', maxLength: EMAIL_MAX })
  email!: string;

  @ApiProperty({
    type: [RoleRefDto],
    maxItems: ROLE_IDS_MAX,
    description: 'The roles as they are now; deleted roles have dropped out.',
  })
  roles!: RoleRefDto[];

  @ApiProperty({ type: InviterDto, nullable: true, description: 'Null when the inviting account no longer exists.' })
  invitedBy!: InviterDto | null;

  @ApiProperty({ enum: LANGUAGES, enumName: 'Language', description: 'The language of the e-mail.' })
  language!: Language;

  @ApiProperty({ format: 'date-time', description: 'When the current link was sent (created or last resent).' })
  sentAt!: string;

  @ApiProperty({ format: 'date-time' })
  expiresAt!: string;

  @ApiProperty({ format: 'date-time' })
  createdAt!: string;

  @ApiProperty({
    enum: INVITATION_STATUSES,
    enumName: 'InvitationStatus',
    description:
      'Pending or expired (from the database clock) while open; revoked once deleted or its inviter’s authority ended.',
  })
  status!: InvitationStatus;

  @ApiProperty({ enum: DELIVERY_STATES, enumName: 'DeliveryState' })
  delivery!: DeliveryState;

  @ApiProperty({
    type: 'string',
    nullable: true,
    description: 'Why the latest e-mail failed, or why it is being retried (SMTP reply or HubSpot message).',
  })
  deliveryError!: string | null;

  @ApiProperty({
    type: 'integer',
    minimum: 1,
    description: 'How many invitation e-mails were sent for it; every resend rotates the link.',
  })
  sendCount!: number;

  @ApiProperty({
    type: 'string',
    format: 'date-time',
    nullable: true,
    description: 'When the invitee asked for a new link from the expired page (cleared by a resend).',
  })
  renewalRequestedAt!: string | null;

  @ApiProperty({ type: 'string', format: 'date-time', nullable: true, description: 'Set when status is `revoked`.' })
  revokedAt!: string | null;

  @ApiProperty({
    type: InviterDto,
    nullable: true,
    description: 'The admin who deleted it; null when it was revoked automatically (see `revokeReason`).',
  })
  revokedBy!: InviterDto | null;

  // Inline rather than the named `RevokeReason` enum: OpenAPI 3.0 ignores `nullable` beside a `$ref`.
  @ApiProperty({
    type: 'string',
    enum: REVOKE_REASONS,
    nullable: true,
    description:
      '`deleted` by an admin, or revoked automatically because the inviter no longer holds `users.manage` here: ' +
      '`inviter_removed`, `inviter_left`, `inviter_lost_rights`. A resend opens it again under the sending admin.',
  })
  revokeReason!: RevokeReason | null;
}

export class InvitationListDto extends PageDto(InvitationDto) {}

/** The filters the counts honour: the tabs and chips then count what the other filters leave. */
export class InvitationCountsQueryDto {
  @ApiPropertyOptional({ description: 'Part of the e-mail address, case-insensitive.', maxLength: SEARCH_MAX })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(SEARCH_MAX)
  q?: string;

  @RoleFilter('Invitations granting this role of the customer, or `none`: those granting no role.')
  role?: string;

  @ApiPropertyOptional({
    format: 'uuid',
    maxLength: UUID_LENGTH,
    description: 'Invitations sent (last) by this admin. An id of no one here matches nothing.',
  })
  @IsOptional()
  @IsUUID('all', { message: 'must be a user id' })
  inviterId?: string;
}

/** Which invitations (status, delivery, role, inviter, text) in which order: the list and the export. */
export class InvitationSelectionQueryDto extends InvitationCountsQueryDto {
  @ApiPropertyOptional({
    enum: INVITATION_STATUSES,
    enumName: 'InvitationStatus',
    description: 'Without it: the open invitations (pending and expired). `revoked`: the revoked ones, to resend.',
  })
  @IsOptional()
  @IsIn(INVITATION_STATUSES, { message: `must be one of ${INVITATION_STATUSES.join(', ')}` })
  status?: InvitationStatus;

  @ApiPropertyOptional({ enum: DELIVERY_STATES, enumName: 'DeliveryState', description: 'The latest e-mail’s state.' })
  @IsOptional()
  @IsIn(DELIVERY_STATES, { message: `must be one of ${DELIVERY_STATES.join(', ')}` })
  delivery?: DeliveryState;

  @ApiPropertyOptional({
    enum: INVITATION_SORTS,
    enumName: 'InvitationSort',
    default: INVITATION_SORT_DEFAULT,
    description:
      'By when the current link was sent, the e-mail address (case-insensitive) or the expiry; `-` for descending. ' +
      'The same for revoked invitations. A cursor belongs to its sort.',
  })
  @IsOptional()
  @IsIn(INVITATION_SORTS, { message: `must be one of ${INVITATION_SORTS.join(', ')}` })
  sort?: InvitationSort;
}

export class InvitationListQueryDto extends IntersectionType(PageQueryDto, InvitationSelectionQueryDto) {}

export class InvitationCountsDto {
  @ApiProperty({ type: 'integer', minimum: 0, description: 'Open invitations: pending and expired.' })
  open!: number;

  @ApiProperty({ type: 'integer', minimum: 0 })
  pending!: number;

  @ApiProperty({ type: 'integer', minimum: 0 })
  expired!: number;

  @ApiProperty({ type: 'integer', minimum: 0 })
  revoked!: number;

  @ApiProperty({ type: 'integer', minimum: 0, description: 'Open invitations whose latest e-mail failed.' })
  failedDelivery!: number;
}

export const INVITATION_STANDINGS = ['open', 'revoked', 'accepted'] as const;
export type InvitationStanding = (typeof INVITATION_STANDINGS)[number];

export class AcceptedByDto extends PersonDto {}

export class InvitationLookupDto {
  @ApiProperty({
    enum: INVITATION_STANDINGS,
    enumName: 'InvitationStanding',
    description: 'Open (pending or expired), revoked (deleted, or its inviter’s authority ended) or accepted.',
  })
  standing!: InvitationStanding;

  @ApiProperty({ example: 'new.colleague@example.com', format: 'email', maxLength: EMAIL_MAX })
  email!: string;

  @ApiProperty({
    type: InvitationDto,
    nullable: true,
    description: 'The invitation as the tables show it while open or revoked; null once accepted.',
  })
  invitation!: InvitationDto | null;

  @ApiProperty({ type: 'string', format: 'date-time', nullable: true, description: 'Set when accepted.' })
  acceptedAt!: string | null;

  @ApiProperty({
    type: AcceptedByDto,
    nullable: true,
    description: 'Who accepted it (now a member, unless they left since); null otherwise or when the account is gone.',
  })
  acceptedBy!: AcceptedByDto | null;
}

export class CreateInvitationDto {
  @ApiProperty({
    example: 'new.colleague@example.com',
    format: 'email',
    maxLength: EMAIL_MAX,
    description: 'Trimmed; compared case-insensitively.',
  })
  @Trim()
  @IsString({ message: 'must be a single e-mail address such as name@example.com' })
  @IsPlainEmail()
  email!: string;

  @ApiProperty({
    type: [String],
    format: 'uuid',
    maxLength: UUID_LENGTH,
    maxItems: ROLE_IDS_MAX,
    description: 'Roles of this customer; may be empty.',
  })
  @IsArray({ message: 'must be a list of role ids' })
  @ArrayMaxSize(ROLE_IDS_MAX)
  @ArrayUnique({ message: 'must not name a role twice' })
  @IsUUID('all', { each: true, message: 'must only contain role ids' })
  roleIds!: string[];

  @ApiPropertyOptional({ enum: LANGUAGES, enumName: 'Language', description: 'Default: the customer’s language.' })
  @IsOptional()
  @IsIn(LANGUAGES, { message: `must be one of ${LANGUAGES.join(', ')}` })
  language?: Language;
}

export class InvitationQuotaDto {
  @ApiProperty({
    type: 'integer',
    minimum: 0,
    example: 50,
    description: 'Invitation e-mails an admin may send in any 24 hours.',
  })
  limit!: number;

  @ApiProperty({ type: 'integer', minimum: 0, example: 47 })
  remaining!: number;

  @ApiProperty({
    type: 'string',
    format: 'date-time',
    nullable: true,
    description:
      'When the next one frees up (the oldest counted e-mail turns 24 hours old); null when none is counted.',
  })
  resetsAt!: string | null;
}
