import { Module } from '@nestjs/common';
import { AuditEventsController } from './audit-events.controller';
import { AuditEventsRepository } from './audit-events.repository';
import { AuditEventsService } from './audit-events.service';
import { AuditLog } from './audit-log';

/** The audit log: its writer, imported by every module that changes rights, and the admins' read API. */
@Module({
  controllers: [AuditEventsController],
  providers: [AuditLog, AuditEventsRepository, AuditEventsService],
  exports: [AuditLog],
})
export class AuditModule {}
