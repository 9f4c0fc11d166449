import { ApiProperty } from '@nestjs/swagger';

export class AreaRecordDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ example: 'PO-2026-0142' })
  reference!: string;

  @ApiProperty({ example: 'Edge gateways, 12 pcs.' })
  title!: string;

  @ApiProperty({ example: 'shipped' })
  status!: string;

  @ApiProperty({ type: 'integer', nullable: true, description: 'Amount in euro cents, where the area has one.' })
  amountCents!: number | null;

  @ApiProperty({ format: 'date', example: '2026-11-02' })
  date!: string;
}

export class AreaRecordListDto {
  @ApiProperty({ type: [AreaRecordDto] })
  items!: AreaRecordDto[];

  @ApiProperty({ type: 'string', nullable: true, description: 'Always null: demo areas fit on one page.' })
  nextCursor!: string | null;
}
