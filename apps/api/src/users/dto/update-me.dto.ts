import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { LANGUAGES, type Language } from '@cloudhub/permissions';

export class UpdateMeDto {
  @ApiPropertyOptional({ minLength: 1, maxLength: 100, example: 'Alex Admin' })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value))
  @IsString()
  @MinLength(1, { message: 'must not be empty' })
  @MaxLength(100, { message: 'must be at most 100 characters' })
  name?: string;

  @ApiPropertyOptional({ enum: LANGUAGES, enumName: 'Language' })
  @IsOptional()
  @IsIn(LANGUAGES, { message: `must be one of ${LANGUAGES.join(', ')}` })
  language?: Language;
}
