import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsOptional, IsString, MaxLength } from 'class-validator';

export class DevMailboxQueryDto {
  @ApiPropertyOptional({
    description: 'Only messages to this address (case-insensitive).',
    example: 'admin@example.com',
  })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim().toLowerCase() : value))
  @IsString()
  @MaxLength(254)
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
