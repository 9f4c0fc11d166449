import { ApiProperty } from '@nestjs/swagger';
import { PageDto } from '../../common/page.dto';

export class AreaRecordDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ example: 'PO-2026-0142' })
  reference!: string;

  @ApiProperty({ example: 'Edge gateways, 12 pcs.' })
  title!: string;

  @ApiProperty({ example: 'shipped' })
  status!: string;

  @ApiProperty({
    type: 'integer',
    format: 'int64',
    minimum: 0,
    maximum: Number.MAX_SAFE_INTEGER,
    nullable: true,
    description: 'Amount in euro cents, where the area has one.',
  })
  amountCents!: number | null;

  @ApiProperty({ format: 'date', example: '2026-11-02' })
  date!: string;
}

export class AreaRecordListDto extends PageDto(AreaRecordDto, {
  maxItems: null,
  nextCursor: 'Always null: demo areas fit on one page.',
}) {}
