import { describe, expect, it } from 'vitest';
import { ApiError, type ProblemCode } from '../../lib/api/api-error';
import { retryAllowedAt, secondsUntil } from './login-wait';

const problem = (code: ProblemCode) => ({ type: 't', title: 'Too many', status: 429, detail: '', code });

describe('the wait after a throttled login', () => {
  it('lasts as long as Retry-After says, from when the answer came', () => {
    expect(retryAllowedAt(new ApiError(429, problem('login_throttled'), 8), 1_000)).toBe(9_000);
  });

  it('is none for other answers, or when the API named no wait', () => {
    expect(retryAllowedAt(new ApiError(401, problem('invalid_credentials'), undefined), 0)).toBeUndefined();
    expect(retryAllowedAt(new ApiError(429, problem('too_many_requests'), 30), 0)).toBeUndefined();
    expect(retryAllowedAt(new ApiError(429, problem('login_throttled'), undefined), 0)).toBeUndefined();
    expect(retryAllowedAt(new Error('offline'), 0)).toBeUndefined();
  });

  it('counts down in whole seconds and stops at zero', () => {
    expect(secondsUntil(9_000, 1_000)).toBe(8);
    expect(secondsUntil(9_000, 8_500)).toBe(1);
    expect(secondsUntil(9_000, 9_000)).toBe(0);
    expect(secondsUntil(9_000, 20_000)).toBe(0);
  });
});
