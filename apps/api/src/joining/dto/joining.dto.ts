import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { LANGUAGES, PERMISSIONS, type Language, type Permission } from '@cloudhub/permissions';
import { PASSWORD_MAX_LENGTH } from '@cloudhub/password-policy';
import { IsPlainText, PLAIN_TEXT_DESCRIPTION } from '../../common/plain-text';
import { InviterDto } from '../../invitations/dto/invitation.dto';

export const LINK_STATUSES = ['pending', 'expired', 'revoked', 'accepted', 'invalid'] as const;
export type LinkStatus = (typeof LINK_STATUSES)[number];

export class InvitationTokenDto {
  @ApiProperty({ description: 'The token from the link’s fragment (`/invite#token=...`).' })
  @IsString({ message: 'must be the token from the invitation link' })
  @MinLength(1, { message: 'must be the token from the invitation link' })
  @MaxLength(200, { message: 'must be the token from the invitation link' })
  token!: string;
}

export class RegisterThroughInvitationDto extends InvitationTokenDto {
  @ApiProperty({ minLength: 1, maxLength: 100, example: 'Anna Berg', description: PLAIN_TEXT_DESCRIPTION.name })
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value))
  @IsString({ message: 'must be text' })
  @MinLength(1, { message: 'must not be empty' })
  @MaxLength(100, { message: 'must be at most 100 characters' })
  @IsPlainText('name')
  name!: string;

  @ApiProperty({
    format: 'password',
    maxLength: PASSWORD_MAX_LENGTH,
    description: 'At least 15 characters, no composition rules; common, breached and guessable passwords are refused.',
  })
  @IsString({ message: 'must be text' })
  password!: string;

  @ApiPropertyOptional({
    enum: LANGUAGES,
    enumName: 'Language',
    description: 'The new account’s language (portal and e-mails); default: the invitation’s.',
  })
  @IsOptional()
  @IsIn(LANGUAGES, { message: `must be one of ${LANGUAGES.join(', ')}` })
  language?: Language;
}

export class PreviewRoleDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ example: 'Buyer' })
  name!: string;

  @ApiProperty({ enum: PERMISSIONS, enumName: 'Permission', isArray: true })
  permissions!: Permission[];
}

export class InvitationPreviewDto {
  @ApiProperty({ enum: LINK_STATUSES, enumName: 'InvitationLinkStatus' })
  status!: LinkStatus;

  @ApiPropertyOptional({
    enum: ['replaced', 'unknown'],
    description: 'For `invalid`: a newer link was sent (`replaced`), or the link is not known at all.',
  })
  reason?: 'replaced' | 'unknown';

  @ApiPropertyOptional({ example: 'Acme Devices GmbH' })
  companyName?: string;

  @ApiPropertyOptional({ example: '100042' })
  customerNumber?: string;

  @ApiPropertyOptional({ example: 'anna.berg@example.com', description: 'The invited address.' })
  email?: string;

  @ApiPropertyOptional({ type: InviterDto, nullable: true, description: 'Whom to ask.' })
  invitedBy?: InviterDto | null;

  @ApiPropertyOptional({ type: [PreviewRoleDto], description: 'The roles as they are now, with what they open.' })
  roles?: PreviewRoleDto[];

  @ApiPropertyOptional({ format: 'date-time' })
  expiresAt?: string;

  @ApiPropertyOptional({ description: 'Whether the invited address has an account: log in to accept, or register.' })
  accountExists?: boolean;
}

export class AcceptedInvitationDto {
  @ApiProperty({ format: 'uuid' })
  tenantId!: string;

  @ApiProperty({ example: '100042' })
  customerNumber!: string;

  @ApiProperty({ example: 'Acme Devices GmbH' })
  companyName!: string;
}

export class RenewalRequestedDto {
  @ApiProperty({ format: 'date-time' })
  renewalRequestedAt!: string;

  @ApiProperty({ type: InviterDto, nullable: true, description: 'The admin who was asked.' })
  askedAdmin!: InviterDto | null;
}
