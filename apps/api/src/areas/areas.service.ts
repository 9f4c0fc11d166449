import { Injectable } from '@nestjs/common';
import type { ContentArea } from '@cloudhub/permissions';
import { AreaRecordsRepository } from './area-records.repository';
import type { AreaRecordListDto } from './dto/area-record.dto';

@Injectable()
export class AreasService {
  constructor(private readonly records: AreaRecordsRepository) {}

  async list(tenantId: string, area: ContentArea): Promise<AreaRecordListDto> {
    return {
      items: await this.records.list(tenantId, area),
      nextCursor: null,
    };
  }
}
