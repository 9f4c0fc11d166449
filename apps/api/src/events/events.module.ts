import { Module } from '@nestjs/common';
import { MeEventsController } from './me-events.controller';
import { MeEventsService } from './me-events.service';
import { MembershipEventsHub } from './membership-events.hub';
import { MembershipEventsListener } from './membership-events.listener';

/** Per-user live events (SSE), fed by the database's notifications through one LISTEN per instance. */
@Module({
  controllers: [MeEventsController],
  providers: [MembershipEventsHub, MembershipEventsListener, MeEventsService],
})
export class EventsModule {}
