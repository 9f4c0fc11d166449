import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAccessTokenSession } from '../../lib/session/access-token-session';
import { problemResponse } from '../../test-support/problem-response';
import { EVENTS_PATH, openMembershipEventStream, type MembershipEvent } from './membership-event-stream';

/** How each open test stream fails when its request is aborted, as a real fetch body does. */
const failOnAbort = new WeakMap<Response, () => void>();

/** A streaming response whose body the test writes to. */
function openStream() {
  let controller!: ReadableStreamDefaultController<Uint8Array>;
  const body = new ReadableStream<Uint8Array>({
    start(streamController) {
      controller = streamController;
    },
  });
  const encoder = new TextEncoder();
  const response = new Response(body, { status: 200, headers: { 'Content-Type': 'text/event-stream' } });
  failOnAbort.set(response, () => controller.error(new DOMException('aborted', 'AbortError')));
  return {
    response,
    write: (text: string) => controller.enqueue(encoder.encode(text)),
    end: () => controller.close(),
  };
}

function setUp(answers: (() => Response | Promise<Response>)[], refreshTo?: string) {
  const session = createAccessTokenSession(() => Promise.resolve(refreshTo));
  session.start('token-1');
  const requests: { url: string; authorization: string | null }[] = [];
  const fetch = vi.fn((input: RequestInfo | URL, init?: RequestInit) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    requests.push({ url, authorization: new Headers(init?.headers).get('Authorization') });
    const answer = answers.shift();
    if (!answer) return new Promise<Response>(() => undefined);
    const signal = init?.signal;
    return Promise.resolve(answer()).then((response) => {
      signal?.addEventListener('abort', () => failOnAbort.get(response)?.());
      return response;
    });
  });
  const events: MembershipEvent[] = [];
  const connected = vi.fn();
  const close = openMembershipEventStream({
    session,
    fetch,
    random: () => 0.5,
    onConnected: connected,
    onEvent: (event) => events.push(event),
  });
  return { session, requests, events, connected, close };
}

describe('openMembershipEventStream', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('sends the token in the header, never in the URL, and passes membership events on', async () => {
    const stream = openStream();
    const { requests, events, connected, close } = setUp([() => stream.response]);
    await vi.advanceTimersByTimeAsync(0);
    expect(requests).toEqual([{ url: EVENTS_PATH, authorization: 'Bearer token-1' }]);
    expect(connected).toHaveBeenCalledTimes(1);

    stream.write(
      'retry: 3000\n: connected\n\nevent: membership\ndata: {"tenantId":"t1","kind":"membership_added"}\n\n',
    );
    stream.write('event: other\ndata: {}\n\n');
    await vi.advanceTimersByTimeAsync(0);
    expect(events).toEqual([{ tenantId: 't1', kind: 'membership_added' }]);
    close();
  });

  it('reads events split across chunks at any byte, with CRLFs, lone CRs and a byte-order mark', async () => {
    const stream = openStream();
    const { events, close } = setUp([() => stream.response]);
    await vi.advanceTimersByTimeAsync(0);
    for (const chunk of [
      '\uFEFFevent: memb',
      'ership\r',
      '\ndata: {"tenantId":"t1",',
      '\r\ndata:"kind":"resync"}\r\n\r',
      '\n',
    ]) {
      stream.write(chunk);
    }
    stream.write('event: membership\rdata: {"tenantId":"t2","kind":"membership_removed"}\r\r');
    // A CR at a chunk's end may be half a CRLF: the next line settles it.
    stream.write(': next\n');
    await vi.advanceTimersByTimeAsync(0);
    expect(events).toEqual([
      { tenantId: 't1', kind: 'resync' },
      { tenantId: 't2', kind: 'membership_removed' },
    ]);
    close();
  });

  it('dispatches nothing before the blank line, skips unnamed events and ignores a bad retry hint', async () => {
    const first = openStream();
    const { requests, events, close } = setUp([() => first.response, () => openStream().response]);
    await vi.advanceTimersByTimeAsync(0);
    first.write('retry: soon\ndata: {"tenantId":"t1","kind":"resync"}\n\nevent: membership\ndata: {}\n');
    await vi.advanceTimersByTimeAsync(0);
    expect(events).toEqual([]);
    first.end();
    // The default 3 s (spread by 0.75-1.25) still holds.
    await vi.advanceTimersByTimeAsync(2_900);
    expect(requests).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(200);
    expect(requests).toHaveLength(2);
    close();
  });

  it('reconnects after the retry hint when the server ends the stream, and re-reads then', async () => {
    const first = openStream();
    const second = openStream();
    const { requests, connected, close } = setUp([() => first.response, () => second.response]);
    await vi.advanceTimersByTimeAsync(0);
    first.write('retry: 2000\n\n');
    first.end();
    await vi.advanceTimersByTimeAsync(1_000);
    expect(requests).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1_100);
    expect(requests).toHaveLength(2);
    expect(connected).toHaveBeenCalledTimes(2);
    close();
  });

  it('waits as long as a 429 says', async () => {
    const { requests, close } = setUp([
      () => problemResponse(429, { code: 'too_many_event_streams' }, { 'Retry-After': '20' }),
      () => openStream().response,
    ]);
    await vi.advanceTimersByTimeAsync(19_000);
    expect(requests).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1_100);
    expect(requests).toHaveLength(2);
    close();
  });

  it('backs off further after each failure', async () => {
    const failing = () => Promise.reject(new TypeError('offline'));
    const { requests, close } = setUp([failing, failing, failing, () => openStream().response]);
    await vi.advanceTimersByTimeAsync(3_000);
    expect(requests).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(5_000);
    expect(requests).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(1_100);
    expect(requests).toHaveLength(3);
    close();
  });

  it('refreshes an expired token and reconnects with the new one at once', async () => {
    const { requests, close } = setUp(
      [() => problemResponse(401, { code: 'unauthenticated' }), () => openStream().response],
      'token-2',
    );
    await vi.advanceTimersByTimeAsync(0);
    expect(requests.map((request) => request.authorization)).toEqual(['Bearer token-1', 'Bearer token-2']);
    close();
  });

  it('reopens the stream with a new token, and stops while logged out', async () => {
    const { session, requests, close } = setUp([() => openStream().response, () => openStream().response]);
    await vi.advanceTimersByTimeAsync(0);
    session.start('token-after-login');
    await vi.advanceTimersByTimeAsync(0);
    expect(requests.map((request) => request.authorization)).toEqual(['Bearer token-1', 'Bearer token-after-login']);
    session.end('logout');
    await vi.advanceTimersByTimeAsync(120_000);
    expect(requests).toHaveLength(2);
    close();
  });

  it('gives up a stream that has gone silent', async () => {
    const silent = openStream();
    const { requests, close } = setUp([() => silent.response, () => openStream().response]);
    await vi.advanceTimersByTimeAsync(0);
    silent.write(': connected\n\n');
    await vi.advanceTimersByTimeAsync(44_000);
    expect(requests).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1_000 + 3_000);
    expect(requests).toHaveLength(2);
    close();
  });

  it('opens nothing more once closed', async () => {
    const stream = openStream();
    const { requests, close } = setUp([() => stream.response]);
    await vi.advanceTimersByTimeAsync(0);
    close();
    await vi.advanceTimersByTimeAsync(120_000);
    expect(requests).toHaveLength(1);
  });
});
