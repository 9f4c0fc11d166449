import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { ContentArea } from '@cloudhub/permissions';
import { AreaRecordEntity } from './area-record.entity';
import type { AreaRecordListDto } from './dto/area-record.dto';

@Injectable()
export class AreasService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async list(tenantId: string, area: ContentArea): Promise<AreaRecordListDto> {
    const records = await this.dataSource
      .getRepository(AreaRecordEntity)
      .find({ where: { tenantId, area }, order: { occurredOn: 'DESC', reference: 'ASC' } });
    return {
      items: records.map(({ id, reference, title, status, amountCents, occurredOn }) => ({
        id,
        reference,
        title,
        status,
        amountCents,
        date: occurredOn,
      })),
      nextCursor: null,
    };
  }
}
