import { Injectable, type BeforeApplicationShutdown } from '@nestjs/common';
import { Observable, type Subscriber } from 'rxjs';
import type { RuntimeConfig } from '../config/app-config';
import { InjectConfig } from '../config/config.module';
import { tooManyEventStreams } from './events.errors';
import type { MembershipEvent } from './membership-event';

/** A slot frees when a tab closes; a refused client gains nothing by asking more often than this. */
const RETRY_AFTER_SECONDS = 30;

/**
 * The event streams open on this instance, by user, and the fan-out to them. Open streams are sockets
 * of this process, so they are the one thing kept in memory; every change itself comes from the database.
 */
@Injectable()
export class MembershipEventsHub implements BeforeApplicationShutdown {
  private readonly streamsByUser = new Map<string, Set<Subscriber<MembershipEvent>>>();

  constructor(@InjectConfig() private readonly config: RuntimeConfig) {}

  /**
   * One user's events from the moment of subscribing. When the user has as many streams open here as
   * allowed, the new one is refused: it errors at once with 429, before anything has been sent.
   */
  eventsOf(userId: string): Observable<MembershipEvent> {
    return new Observable<MembershipEvent>((subscriber) => {
      const streams = this.streamsByUser.get(userId) ?? new Set();
      if (streams.size >= this.config.eventsMaxStreamsPerUser) {
        subscriber.error(tooManyEventStreams(this.config.eventsMaxStreamsPerUser, RETRY_AFTER_SECONDS));
        return;
      }
      streams.add(subscriber);
      this.streamsByUser.set(userId, streams);
      return () => {
        streams.delete(subscriber);
        if (streams.size === 0) this.streamsByUser.delete(userId);
      };
    });
  }

  publish(userId: string, event: MembershipEvent): void {
    for (const stream of this.streamsByUser.get(userId) ?? []) stream.next(event);
  }

  publishToEveryone(event: MembershipEvent): void {
    for (const streams of this.streamsByUser.values()) for (const stream of streams) stream.next(event);
  }

  /** Ends every stream: the HTTP server cannot close while one is open, and clients then reconnect elsewhere. */
  async beforeApplicationShutdown(): Promise<void> {
    for (const streams of [...this.streamsByUser.values()]) for (const stream of [...streams]) stream.complete();
    // Nest ends each response a few ticks later. Only then is its keep-alive connection idle, which the
    // closing HTTP server drops at once instead of waiting out the keep-alive timeout.
    await new Promise((resolve) => setImmediate(resolve));
  }
}
