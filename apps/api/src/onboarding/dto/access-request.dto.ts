import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { IsPlainText, PLAIN_TEXT_DESCRIPTION } from '../../common/plain-text';

export class CreateAccessRequestDto {
  @ApiPropertyOptional({
    maxLength: 1000,
    example: 'I need to see our invoices for the monthly close.',
    description: PLAIN_TEXT_DESCRIPTION.message,
  })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value))
  @IsString({ message: 'must be text' })
  @MaxLength(1000, { message: 'must be at most 1000 characters' })
  @IsPlainText('message')
  message?: string;
}

export class AccessRequestDto {
  @ApiProperty({ description: 'How many admins were e-mailed.' })
  adminsNotified!: number;
}
