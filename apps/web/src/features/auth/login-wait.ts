import { useEffect, useState } from 'react';
import { ApiError } from '../../lib/api/api-error';

/**
 * After a few failed logins the API makes this browser wait before the next attempt, longer each time
 * (429 `login_throttled` with `Retry-After`). The form counts the wait down on its button, and sends
 * nothing until it is over, so a person never burns an attempt on a refusal.
 */
export function retryAllowedAt(error: unknown, answeredAt: number): number | undefined {
  if (!(error instanceof ApiError) || error.code !== 'login_throttled') return undefined;
  return error.retryAfterSeconds === undefined ? undefined : answeredAt + error.retryAfterSeconds * 1000;
}

/** Whole seconds left until `moment`, never below zero. */
export function secondsUntil(moment: number, now: number): number {
  return Math.max(0, Math.ceil((moment - now) / 1000));
}

/** Seconds until the next login attempt is worth sending; 0 when it is now. Ticks once a second. */
export function useLoginWait(error: unknown): number {
  const [left, setLeft] = useState<{ error: unknown; seconds: number }>({ error: undefined, seconds: 0 });
  useEffect(() => {
    const until = retryAllowedAt(error, Date.now());
    if (until === undefined) return;
    let timer: ReturnType<typeof setTimeout>;
    const tick = () => {
      const seconds = secondsUntil(until, Date.now());
      setLeft({ error, seconds });
      if (seconds > 0) timer = setTimeout(tick, Math.min(1000, until - Date.now()));
    };
    timer = setTimeout(tick, 0);
    return () => clearTimeout(timer);
  }, [error]);
  // Until the first tick for this answer: the whole wait it names.
  if (left.error === error) return left.seconds;
  const whole = retryAllowedAt(error, 0);
  return whole === undefined ? 0 : secondsUntil(whole, 0);
}
