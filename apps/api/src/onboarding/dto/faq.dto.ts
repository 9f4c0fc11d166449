import { ApiProperty } from '@nestjs/swagger';
import { PageDto } from '../../common/page.dto';

export class FaqDto {
  @ApiProperty({ example: 'what-is-cloudhub', pattern: '^[a-z0-9-]+$' })
  id!: string;

  @ApiProperty()
  question!: string;

  @ApiProperty()
  answer!: string;
}

export class FaqListDto extends PageDto(FaqDto, {
  maxItems: null,
  nextCursor: 'Always null: the FAQs fit on one page.',
}) {}
