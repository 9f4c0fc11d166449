import type { MessageEvent } from '@nestjs/common';
import type { RuntimeConfig } from '../config/app-config';
import { ProblemError } from '../common/problem';
import { MeEventsService, RECONNECT_AFTER_MS } from './me-events.service';
import { MembershipEventsHub } from './membership-events.hub';

describe('MeEventsService', () => {
  const config = { eventsHeartbeatSeconds: 15, eventsMaxStreamsPerUser: 1 } as RuntimeConfig;
  let hub: MembershipEventsHub;
  let service: MeEventsService;

  beforeEach(() => {
    jest.useFakeTimers({ doNotFake: ['setImmediate'] });
    hub = new MembershipEventsHub(config);
    service = new MeEventsService(hub, config);
  });
  afterEach(() => jest.useRealTimers());

  const IN_AN_HOUR = () => new Date(Date.now() + 3_600_000);

  function open(userId: string, endsAt = IN_AN_HOUR()) {
    const messages: MessageEvent[] = [];
    const outcome: { error?: unknown; completed?: boolean } = {};
    const subscription = service.stream(userId, endsAt).subscribe({
      next: (message) => messages.push(message),
      error: (error: unknown) => (outcome.error = error),
      complete: () => (outcome.completed = true),
    });
    return { messages, outcome, subscription };
  }

  it('starts with the retry hint, then sends each change as a `membership` event', () => {
    const stream = open('ada');
    hub.publish('ada', { tenantId: 'tenant-1', kind: 'membership_removed' });
    expect(stream.messages).toEqual([
      { retry: RECONNECT_AFTER_MS, comment: 'connected' },
      { type: 'membership', data: { tenantId: 'tenant-1', kind: 'membership_removed' } },
    ]);
  });

  it('sends a heartbeat comment at the configured interval', () => {
    const stream = open('ada');
    jest.advanceTimersByTime(14_999);
    expect(stream.messages).toHaveLength(1);
    jest.advanceTimersByTime(1);
    jest.advanceTimersByTime(15_000);
    expect(stream.messages.slice(1)).toEqual([{ comment: 'heartbeat' }, { comment: 'heartbeat' }]);
  });

  it('refuses beyond the cap before sending anything, and leaves no timer behind', () => {
    open('ada');
    const refused = open('ada');
    expect(refused.messages).toEqual([]);
    expect(refused.outcome.error).toBeInstanceOf(ProblemError);
    expect(jest.getTimerCount()).toBe(2); // the first stream's heartbeat and token expiry
  });

  it('stops its heartbeat and frees its slot when the client goes', () => {
    const stream = open('ada');
    stream.subscription.unsubscribe();
    expect(jest.getTimerCount()).toBe(0);
    expect(open('ada').outcome.error).toBeUndefined();
  });

  it('ends when the access token that opened it expires, and frees its slot', () => {
    const stream = open('ada', new Date(Date.now() + 60_000));
    jest.advanceTimersByTime(59_999);
    expect(stream.outcome.completed).toBeUndefined();
    jest.advanceTimersByTime(1);
    expect(stream.outcome.completed).toBe(true);
    expect(jest.getTimerCount()).toBe(0);
    expect(open('ada').outcome.error).toBeUndefined();
  });

  it('completes, with its heartbeat stopped, when the hub ends streams on shutdown', async () => {
    let completed = false;
    service.stream('ada', IN_AN_HOUR()).subscribe({ complete: () => (completed = true) });
    await hub.beforeApplicationShutdown();
    expect(completed).toBe(true);
    expect(jest.getTimerCount()).toBe(0);
  });
});
