import { Global, Module } from '@nestjs/common';
import { AuditEventsController } from './audit-events.controller';
import { AuditEventsRepository } from './audit-events.repository';
import { AuditEventsService } from './audit-events.service';
import { AuditLog } from './audit-log';

/** Global: every module that changes rights records into the log inside its own transaction. */
@Global()
@Module({
  controllers: [AuditEventsController],
  providers: [AuditLog, AuditEventsRepository, AuditEventsService],
  exports: [AuditLog],
})
export class AuditModule {}
