import { ApiProperty } from '@nestjs/swagger';

export class FaqDto {
  @ApiProperty({ example: 'what-is-cloudhub' })
  id!: string;

  @ApiProperty()
  question!: string;

  @ApiProperty()
  answer!: string;
}

export class FaqListDto {
  @ApiProperty({ type: [FaqDto] })
  items!: FaqDto[];

  @ApiProperty({ type: 'string', nullable: true, description: 'Always null: the FAQs fit on one page.' })
  nextCursor!: string | null;
}
