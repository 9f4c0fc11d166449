import { ApiProperty } from '@nestjs/swagger';
import { IsString, MinLength } from 'class-validator';
import { MaxLength } from '../../common/max-length.decorator';
import { FEEDBACK_MAX } from '@cloudhub/validation-limits';
import { Trim } from '../../common/trim.decorator';

export class CreateFeedbackDto {
  @ApiProperty({ minLength: 1, maxLength: FEEDBACK_MAX, example: 'The invoices page could show due dates first.' })
  @Trim()
  @IsString({ message: 'must be text' })
  @MinLength(1, { message: 'must not be empty' })
  @MaxLength(FEEDBACK_MAX, { message: `must be at most ${FEEDBACK_MAX} characters` })
  message!: string;
}

export class FeedbackDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ format: 'date-time' })
  createdAt!: string;
}
