import type { Schemas } from '@cloudhub/api-client';
import { createParser } from 'eventsource-parser';
import type { AccessTokenSession } from '../../lib/session/access-token-session';

export type MembershipEvent = Schemas['MembershipEventDto'];

export const EVENTS_PATH = '/api/me/events';
/** Until the server's `retry:` hint arrives (it sends 3 s). */
const DEFAULT_RETRY_MS = 3_000;
const MAX_BACKOFF_MS = 60_000;
/** The server sends a heartbeat every 15 s; a stream silent for much longer is dead (a proxy dropped it). */
const SILENCE_LIMIT_MS = 45_000;

export interface MembershipEventStreamOptions {
  session: Pick<AccessTokenSession, 'token' | 'refresh' | 'onTokenChange'>;
  /**
   * After every (re)connect: nothing is replayed, so whatever changed since `since` (when this connection
   * was asked for, as `Date.now()`) must be read again.
   */
  onConnected: (since: number) => void;
  onEvent: (event: MembershipEvent) => void;
  fetch?: typeof fetch;
  /** 0 to 1; spreads the reconnects of many tabs after a server restart. */
  random?: () => number;
}

/**
 * The live feed of the user's membership changes over `GET /api/me/events`, read with fetch so that the
 * access token travels in the Authorization header (EventSource can only put it in the URL). It reconnects
 * after the stream ends or fails, waiting the server's `retry:` hint, longer after repeated failures and as
 * long as a 429's `Retry-After` says; a new access token (refresh, login) reopens it with that token.
 * Returns the function that closes it for good.
 */
export function openMembershipEventStream(options: MembershipEventStreamOptions): () => void {
  const send = options.fetch ?? ((input: RequestInfo | URL, init?: RequestInit) => fetch(input, init));
  const random = options.random ?? Math.random;
  const { session } = options;
  let closed = false;
  let connection: AbortController | undefined;
  let connectedWith: string | undefined;
  let wake: (() => void) | undefined;
  let retryMs = DEFAULT_RETRY_MS;
  let failures = 0;

  /** Resolves after `ms`, or at once when the token changes or the stream is closed. */
  const pause = (ms: number) =>
    new Promise<void>((resume) => {
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        wake = undefined;
        resume();
      }
      wake = done;
    });

  const backoff = () => {
    failures += 1;
    const ms = Math.min(MAX_BACKOFF_MS, retryMs * 2 ** (failures - 1));
    return ms * (0.75 + random() * 0.5);
  };

  const stopListening = session.onTokenChange((token) => {
    if (token === connectedWith) return;
    connection?.abort();
    wake?.();
  });

  const readStream = async (response: Response, controller: AbortController) => {
    const body = response.body;
    if (!body) return;
    const reader = body.pipeThrough(new TextDecoderStream()).getReader();
    // eventsource-parser reads the stream as the HTML standard says (split lines, CRLF, BOM, comments).
    const parser = createParser({
      onRetry: (ms) => {
        retryMs = ms;
      },
      onEvent: (event) => {
        if (event.event !== 'membership') return;
        try {
          options.onEvent(JSON.parse(event.data) as MembershipEvent);
        } catch {
          // Not the documented shape: read everything again rather than guess.
          options.onConnected(Date.now());
        }
      },
    });
    let silence = setTimeout(() => controller.abort(), SILENCE_LIMIT_MS);
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) return;
        clearTimeout(silence);
        silence = setTimeout(() => controller.abort(), SILENCE_LIMIT_MS);
        parser.feed(value);
      }
    } finally {
      clearTimeout(silence);
      reader.releaseLock();
    }
  };

  /** One connection; answers how long to wait before the next one. */
  const connectOnce = async (token: string): Promise<number> => {
    const controller = new AbortController();
    connection = controller;
    connectedWith = token;
    const since = Date.now();
    try {
      const response = await send(EVENTS_PATH, {
        headers: { Authorization: `Bearer ${token}`, Accept: 'text/event-stream' },
        cache: 'no-store',
        credentials: 'same-origin',
        signal: controller.signal,
      });
      if (response.status === 401) {
        await response.body?.cancel();
        // An expired access token: the shared refresh gets a new one, whose arrival reopens the stream.
        const renewed = await session.refresh();
        return renewed && renewed !== token ? 0 : backoff();
      }
      if (response.status === 429) {
        await response.body?.cancel();
        const wait = retryAfterMs(response.headers.get('Retry-After'));
        const fallback = backoff();
        return wait === undefined ? fallback : Math.max(wait, retryMs);
      }
      if (!response.ok || !response.body) {
        await response.body?.cancel();
        return backoff();
      }
      failures = 0;
      options.onConnected(since);
      await readStream(response, controller);
      // The server ended the stream (a restart): come back after its hint.
      return retryMs * (0.75 + random() * 0.5);
    } catch {
      // Aborted for a new token (reconnect at once), or the network failed (wait).
      return controller.signal.aborted && session.token() !== token ? 0 : backoff();
    } finally {
      if (connection === controller) connection = undefined;
      connectedWith = undefined;
    }
  };

  const run = async () => {
    while (!closed) {
      const token = session.token();
      if (!token) {
        // Logged out (or not yet restored): wait for a token.
        await pause(MAX_BACKOFF_MS);
        continue;
      }
      const wait = await connectOnce(token);
      if (!closed && wait > 0) await pause(wait);
    }
  };
  void run();

  return () => {
    closed = true;
    stopListening();
    connection?.abort();
    wake?.();
  };
}

function retryAfterMs(header: string | null): number | undefined {
  if (header === null) return undefined;
  if (/^\d+$/.test(header.trim())) return Number(header) * 1000;
  const until = Date.parse(header);
  return Number.isNaN(until) ? undefined : Math.max(0, until - Date.now());
}
