import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString } from 'class-validator';
import { MaxLength } from '../../common/max-length.decorator';
import { EMAIL_MAX } from '@cloudhub/validation-limits';
import { Trim } from '../../common/trim.decorator';

export class DevMailboxQueryDto {
  @ApiPropertyOptional({
    description: 'Only messages to this address (case-insensitive).',
    example: 'admin@example.com',
    maxLength: EMAIL_MAX,
  })
  @IsOptional()
  @Trim({ toLowerCase: true })
  @IsString()
  @MaxLength(EMAIL_MAX)
  to?: string;
}

export class DevMailMessageDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ type: 'string', nullable: true, description: 'The Message-ID header.' })
  messageId!: string | null;

  @ApiProperty({ example: 'CloudHub <no-reply@cloudhub.example>' })
  from!: string;

  @ApiProperty({ type: [String] })
  to!: string[];

  @ApiProperty()
  subject!: string;

  @ApiProperty({ type: 'string', nullable: true })
  text!: string | null;

  @ApiProperty({ type: 'string', nullable: true })
  html!: string | null;

  @ApiProperty({ format: 'date-time' })
  receivedAt!: string;
}
