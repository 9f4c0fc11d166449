import { Module } from '@nestjs/common';
import { HousekeepingModule } from '../housekeeping/housekeeping.module';
import { CaptureSmtpServer } from './capture-smtp.server';
import { DevMailboxController } from './dev-mailbox.controller';
import { DevMailboxRepository } from './dev-mailbox.repository';

@Module({
  imports: [HousekeepingModule],
  controllers: [DevMailboxController],
  providers: [DevMailboxRepository, CaptureSmtpServer],
})
export class DevMailboxModule {}
