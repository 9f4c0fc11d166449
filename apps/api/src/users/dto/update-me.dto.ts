import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { LANGUAGES, type Language } from '@cloudhub/permissions';
import { IsPlainText, PLAIN_TEXT_DESCRIPTION } from '../../common/plain-text';

export class UpdateMeDto {
  @ApiPropertyOptional({
    minLength: 1,
    maxLength: 100,
    example: 'Alex Admin',
    description: PLAIN_TEXT_DESCRIPTION.name,
  })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value))
  @IsString()
  @MinLength(1, { message: 'must not be empty' })
  @MaxLength(100, { message: 'must be at most 100 characters' })
  @IsPlainText('name')
  name?: string;

  @ApiPropertyOptional({ enum: LANGUAGES, enumName: 'Language' })
  @IsOptional()
  @IsIn(LANGUAGES, { message: `must be one of ${LANGUAGES.join(', ')}` })
  language?: Language;
}
