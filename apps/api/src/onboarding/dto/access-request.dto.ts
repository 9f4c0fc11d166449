import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString } from 'class-validator';
import { MaxLength } from '../../common/max-length.decorator';
import { MESSAGE_MAX } from '@cloudhub/validation-limits';
import { IsPlainText, PLAIN_TEXT_DESCRIPTION } from '../../common/plain-text';
import { Trim } from '../../common/trim.decorator';

export class CreateAccessRequestDto {
  @ApiPropertyOptional({
    maxLength: MESSAGE_MAX,
    example: 'I need to see our invoices for the monthly close.',
    description: PLAIN_TEXT_DESCRIPTION.message,
  })
  @IsOptional()
  @Trim()
  @IsString({ message: 'must be text' })
  @MaxLength(MESSAGE_MAX, { message: `must be at most ${MESSAGE_MAX} characters` })
  @IsPlainText('message')
  message?: string;
}

export class AccessRequestDto {
  @ApiProperty({ type: 'integer', minimum: 0, description: 'How many admins were e-mailed.' })
  adminsNotified!: number;
}
