import { Module } from '@nestjs/common';
import { AreaRecordsRepository } from './area-records.repository';
import { AreasController } from './areas.controller';
import { AreasService } from './areas.service';

@Module({ controllers: [AreasController], providers: [AreaRecordsRepository, AreasService] })
export class AreasModule {}
