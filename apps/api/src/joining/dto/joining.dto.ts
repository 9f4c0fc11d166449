import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, MinLength } from 'class-validator';
import { MaxLength } from '../../common/max-length.decorator';
import { LANGUAGES, type Language } from '@cloudhub/permissions';
import { PASSWORD_MAX_LENGTH } from '@cloudhub/password-policy';
import {
  COMPANY_NAME_MAX,
  CUSTOMER_NUMBER_MAX,
  CUSTOMER_NUMBER_PATTERN,
  EMAIL_MAX,
  INVITATION_TOKEN_MAX,
  NAME_MAX,
  ROLE_IDS_MAX,
} from '@cloudhub/validation-limits';
import { IsPlainText, PLAIN_TEXT_DESCRIPTION } from '../../common/plain-text';
import { Trim } from '../../common/trim.decorator';
import { InviterDto } from '../../invitations/dto/invitation.dto';
import { CustomerRefDto } from '../../tenants/dto/customer-ref.dto';
import { RoleGrantsDto } from '../../roles/dto/role.dto';

export const LINK_STATUSES = ['pending', 'expired', 'revoked', 'accepted', 'invalid'] as const;
export type LinkStatus = (typeof LINK_STATUSES)[number];

export class InvitationTokenDto {
  @ApiProperty({
    description: 'The token from the link’s fragment (`/invite#token=...`).',
    minLength: 1,
    maxLength: INVITATION_TOKEN_MAX,
    pattern: '^[A-Za-z0-9_-]+$',
  })
  @IsString({ message: 'must be the token from the invitation link' })
  @MinLength(1, { message: 'must be the token from the invitation link' })
  @MaxLength(INVITATION_TOKEN_MAX, { message: 'must be the token from the invitation link' })
  token!: string;
}

export class RegisterThroughInvitationDto extends InvitationTokenDto {
  @ApiProperty({ minLength: 1, maxLength: NAME_MAX, example: 'Anna Berg', description: PLAIN_TEXT_DESCRIPTION.name })
  @Trim()
  @IsString({ message: 'must be text' })
  @MinLength(1, { message: 'must not be empty' })
  @MaxLength(NAME_MAX, { message: `must be at most ${NAME_MAX} characters` })
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

export class PreviewRoleDto extends RoleGrantsDto {}

export class InvitationPreviewDto {
  @ApiProperty({ enum: LINK_STATUSES, enumName: 'InvitationLinkStatus' })
  status!: LinkStatus;

  @ApiPropertyOptional({
    enum: ['replaced', 'unknown'],
    description: 'For `invalid`: a newer link was sent (`replaced`), or the link is not known at all.',
  })
  reason?: 'replaced' | 'unknown';

  @ApiPropertyOptional({ example: 'Acme Devices GmbH', maxLength: COMPANY_NAME_MAX })
  companyName?: string;

  @ApiPropertyOptional({ example: '100042', maxLength: CUSTOMER_NUMBER_MAX, pattern: CUSTOMER_NUMBER_PATTERN })
  customerNumber?: string;

  @ApiPropertyOptional({
    example: 'anna.berg@example.com',
    format: 'email',
    maxLength: EMAIL_MAX,
    description: 'The invited address.',
  })
  email?: string;

  @ApiPropertyOptional({ type: InviterDto, nullable: true, description: 'Whom to ask.' })
  invitedBy?: InviterDto | null;

  @ApiPropertyOptional({
    type: [PreviewRoleDto],
    maxItems: ROLE_IDS_MAX,
    description: 'The roles as they are now, with what they open.',
  })
  roles?: PreviewRoleDto[];

  @ApiPropertyOptional({ format: 'date-time' })
  expiresAt?: string;

  @ApiPropertyOptional({ description: 'Whether the invited address has an account: log in to accept, or register.' })
  accountExists?: boolean;
}

export class AcceptedInvitationDto extends CustomerRefDto {}

export class RenewalRequestedDto {
  @ApiProperty({ format: 'date-time' })
  renewalRequestedAt!: string;

  @ApiProperty({ type: InviterDto, nullable: true, description: 'The admin who was asked.' })
  askedAdmin!: InviterDto | null;
}
