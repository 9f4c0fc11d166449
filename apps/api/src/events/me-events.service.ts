import { Injectable, type MessageEvent } from '@nestjs/common';
import { Observable } from 'rxjs';
import type { RuntimeConfig } from '../config/app-config';
import { InjectConfig } from '../config/config.module';
import type { MembershipEventDto } from './dto/membership-event.dto';
import { MembershipEventsHub } from './membership-events.hub';

/** How long a client waits before reconnecting after the stream ends (the `retry:` field of SSE). */
export const RECONNECT_AFTER_MS = 3_000;

const OPENED: MessageEvent = { retry: RECONNECT_AFTER_MS, comment: 'connected' };
const HEARTBEAT: MessageEvent = { comment: 'heartbeat' };

/** One user's event stream in SSE terms: a retry hint, each change as a `membership` event, heartbeats. */
@Injectable()
export class MeEventsService {
  constructor(
    private readonly hub: MembershipEventsHub,
    @InjectConfig() private readonly config: RuntimeConfig,
  ) {}

  /** The stream ends when the access token that opened it expires; the client reconnects with a fresh one. */
  stream(userId: string, endsAt: Date): Observable<MessageEvent> {
    return new Observable<MessageEvent>((subscriber) => {
      // Subscribed before anything is sent: a refused stream must error while an exception filter can
      // still answer 429, as the first message commits the 200.
      const events = this.hub.eventsOf(userId).subscribe({
        next: (event) => subscriber.next(membershipMessage(event)),
        error: (error: unknown) => subscriber.error(error),
        complete: () => subscriber.complete(),
      });
      if (subscriber.closed) return events;
      subscriber.next(OPENED);
      const heartbeat = setInterval(() => subscriber.next(HEARTBEAT), this.config.eventsHeartbeatSeconds * 1000);
      const expiry = setTimeout(() => subscriber.complete(), Math.max(0, endsAt.getTime() - Date.now()));
      return () => {
        clearInterval(heartbeat);
        clearTimeout(expiry);
        events.unsubscribe();
      };
    });
  }
}

/** The wire form of one change: exactly the documented DTO, nothing of the notification beyond it. */
function membershipMessage({ tenantId, kind }: MembershipEventDto): MessageEvent {
  const data: MembershipEventDto = { tenantId, kind };
  return { type: 'membership', data };
}
