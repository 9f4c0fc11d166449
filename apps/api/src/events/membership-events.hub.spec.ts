import type { Subscription } from 'rxjs';
import type { RuntimeConfig } from '../config/app-config';
import { ProblemError } from '../common/problem';
import type { MembershipEvent } from './membership-event';
import { MembershipEventsHub } from './membership-events.hub';

describe('MembershipEventsHub', () => {
  const hub = () => new MembershipEventsHub({ eventsMaxStreamsPerUser: 2 } as RuntimeConfig);
  const granted: MembershipEvent = { tenantId: 'tenant-1', kind: 'permissions_changed' };

  function listen(target: MembershipEventsHub, userId: string) {
    const received: MembershipEvent[] = [];
    const outcome: { error?: unknown; completed: boolean } = { completed: false };
    const subscription: Subscription = target.eventsOf(userId).subscribe({
      next: (event) => received.push(event),
      error: (error: unknown) => (outcome.error = error),
      complete: () => (outcome.completed = true),
    });
    return { received, outcome, subscription };
  }

  it('passes a user’s events to every stream of that user and to nobody else', () => {
    const target = hub();
    const [tab1, tab2, stranger] = [listen(target, 'ada'), listen(target, 'ada'), listen(target, 'bob')];
    target.publish('ada', granted);
    expect(tab1.received).toEqual([granted]);
    expect(tab2.received).toEqual([granted]);
    expect(stranger.received).toEqual([]);
  });

  it('tells every stream to re-read', () => {
    const target = hub();
    const [ada, bob] = [listen(target, 'ada'), listen(target, 'bob')];
    target.publishToEveryone({ tenantId: null, kind: 'resync' });
    expect([...ada.received, ...bob.received]).toEqual([
      { tenantId: null, kind: 'resync' },
      { tenantId: null, kind: 'resync' },
    ]);
  });

  it('refuses a stream beyond the cap with 429, per user, and frees the slot when a stream ends', () => {
    const target = hub();
    const [first] = [listen(target, 'ada'), listen(target, 'ada')];
    const refused = listen(target, 'ada');
    expect(refused.outcome.error).toBeInstanceOf(ProblemError);
    expect(refused.outcome.error).toMatchObject({
      status: 429,
      code: 'too_many_event_streams',
      headers: { 'Retry-After': '30' },
    });
    expect(listen(target, 'bob').outcome.error).toBeUndefined();

    first.subscription.unsubscribe();
    target.publish('ada', granted);
    expect(first.received).toEqual([]);
    expect(listen(target, 'ada').outcome.error).toBeUndefined();
  });

  it('forgets a user whose streams have all ended', () => {
    const target = hub();
    const streams = [listen(target, 'ada'), listen(target, 'ada')];
    for (const stream of streams) stream.subscription.unsubscribe();
    expect((target as unknown as { streamsByUser: Map<string, unknown> }).streamsByUser.size).toBe(0);
  });

  it('ends every stream on shutdown', async () => {
    const target = hub();
    const streams = [listen(target, 'ada'), listen(target, 'ada'), listen(target, 'bob')];
    await target.beforeApplicationShutdown();
    expect(streams.map((stream) => stream.outcome.completed)).toEqual([true, true, true]);
    expect(listen(target, 'ada').outcome.error).toBeUndefined();
  });
});
