import { Controller, Get, HttpStatus, Res } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { DataSource } from 'typeorm';
import { Public } from '../access/access-policy.decorator';
import { typedQueries } from '../database/typed-queries';

export class HealthDto {
  @ApiProperty({ enum: ['ok', 'degraded'] })
  status!: 'ok' | 'degraded';

  @ApiProperty({ enum: ['up', 'down'] })
  database!: 'up' | 'down';
}

@ApiTags('health')
@Controller('health')
@Public()
export class HealthController {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  @Get()
  @ApiOperation({
    operationId: 'getHealth',
    summary: 'Liveness and database readiness',
    description: 'Answers 200 while the process lives and its database answers, 503 when the database does not.',
  })
  @ApiOkResponse({ type: HealthDto })
  @ApiServiceUnavailableResponse({ type: HealthDto, description: 'The database does not answer.' })
  async health(@Res({ passthrough: true }) response: Response): Promise<HealthDto> {
    const database = await typedQueries(this.dataSource)
      .selectNoFrom((eb) => eb.lit(1).as('up'))
      .execute()
      .then(
        () => 'up' as const,
        () => 'down' as const,
      );
    response.status(database === 'up' ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE);
    return { status: database === 'up' ? 'ok' : 'degraded', database };
  }
}
