import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsUUID } from 'class-validator';
import { EMAIL_MAX, UUID_LENGTH } from '@cloudhub/validation-limits';
import { PageDto } from '../../common/page.dto';
import { PageQueryDto } from '../../common/page-query.dto';
import { AUDIT_ACTIONS, AUDIT_KINDS, AUDIT_TARGET_TYPES, type AuditAction, type AuditKind } from '../audit-actions';
import type { AuditTargetType } from '../audit-actions';
import { PersonDto } from '../../common/person.dto';

export class AuditActorDto extends PersonDto {}

export class AuditTargetDto {
  @ApiProperty({ enum: AUDIT_TARGET_TYPES, enumName: 'AuditTargetType' })
  type!: AuditTargetType;

  @ApiProperty({
    format: 'uuid',
    description: 'A member’s user id, an invitation’s id, a role’s id or the customer’s id.',
  })
  id!: string;

  @ApiProperty({
    type: 'string',
    nullable: true,
    maxLength: EMAIL_MAX,
    description:
      'What the target was called when it happened (e-mail address, role name or company name); kept when it is ' +
      'gone.',
  })
  label!: string | null;
}

export class AuditEventDto {
  @ApiProperty({
    description: 'Increasing with time; the order of the log.',
    example: '1042',
    pattern: '^[0-9]{1,19}$',
  })
  id!: string;

  @ApiProperty({ format: 'date-time' })
  at!: string;

  @ApiProperty({ enum: AUDIT_ACTIONS, enumName: 'AuditAction' })
  action!: AuditAction;

  @ApiProperty({
    type: AuditActorDto,
    nullable: true,
    description:
      'Who did it; null when CloudHub did it on its own (e.g. revoked an invitation whose inviter lost rights).',
  })
  actor!: AuditActorDto | null;

  @ApiProperty({ type: AuditTargetDto })
  target!: AuditTargetDto;

  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    nullable: true,
    description: 'The state before the change (e.g. a member’s roles), where there was one.',
  })
  before!: Record<string, unknown> | unknown[] | null;

  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    nullable: true,
    description:
      'The state after, or the details: roles and language of an invitation, `reason` of a revocation ' +
      '(`deleted`, `inviter_removed`, `inviter_left`, `inviter_lost_rights`), the message of an access request.',
  })
  after!: Record<string, unknown> | unknown[] | null;

  @ApiProperty({
    type: 'string',
    nullable: true,
    maxLength: 45,
    description: 'The client address of a security event (login, refused session): IPv4 or IPv6.',
  })
  ip!: string | null;
}

export class AuditEventListDto extends PageDto(AuditEventDto) {}

export class AuditEventListQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ format: 'uuid', maxLength: UUID_LENGTH, description: 'Only what this user did.' })
  @IsOptional()
  @IsUUID('all', { message: 'must be a user id' })
  actor?: string;

  @ApiPropertyOptional({
    format: 'uuid',
    maxLength: UUID_LENGTH,
    description: 'Only what happened to this member, invitation or role.',
  })
  @IsOptional()
  @IsUUID('all', { message: 'must be the id of a member, invitation or role' })
  target?: string;

  @ApiPropertyOptional({ enum: AUDIT_KINDS, enumName: 'AuditKind', description: 'Only this kind of event.' })
  @IsOptional()
  @IsIn(AUDIT_KINDS, { message: `must be one of ${AUDIT_KINDS.join(', ')}` })
  kind?: AuditKind;
}
