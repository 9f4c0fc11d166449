import { Module } from '@nestjs/common';
import { CaptureSmtpServer } from './capture-smtp.server';
import { DevMailboxController } from './dev-mailbox.controller';
import { DevMailboxRepository } from './dev-mailbox.repository';

@Module({ controllers: [DevMailboxController], providers: [DevMailboxRepository, CaptureSmtpServer] })
export class DevMailboxModule {}
