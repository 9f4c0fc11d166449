import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, MinLength } from 'class-validator';
import { MaxLength } from '../../common/max-length.decorator';
import { LANGUAGES, type Language } from '@cloudhub/permissions';
import { NAME_MAX } from '@cloudhub/validation-limits';
import { IsPlainText, PLAIN_TEXT_DESCRIPTION } from '../../common/plain-text';
import { Trim } from '../../common/trim.decorator';

export class UpdateMeDto {
  @ApiPropertyOptional({
    minLength: 1,
    maxLength: NAME_MAX,
    example: 'Alex Admin',
    description: PLAIN_TEXT_DESCRIPTION.name,
  })
  @IsOptional()
  @Trim()
  @IsString()
  @MinLength(1, { message: 'must not be empty' })
  @MaxLength(NAME_MAX, { message: `must be at most ${NAME_MAX} characters` })
  @IsPlainText('name')
  name?: string;

  @ApiPropertyOptional({ enum: LANGUAGES, enumName: 'Language' })
  @IsOptional()
  @IsIn(LANGUAGES, { message: `must be one of ${LANGUAGES.join(', ')}` })
  language?: Language;
}
