import { describe, expect, it } from 'vitest';
import { ApiError } from '../lib/api/api-error';
import { shouldRetry } from './query-client';

describe('shouldRetry', () => {
  it('does not repeat a refusal', () => {
    expect(shouldRetry(0, new ApiError(403, undefined, undefined))).toBe(false);
    expect(shouldRetry(0, new ApiError(429, undefined, 10))).toBe(false);
  });

  it('tries twice more after network trouble or a server error', () => {
    expect(shouldRetry(0, new TypeError('Failed to fetch'))).toBe(true);
    expect(shouldRetry(1, new ApiError(503, undefined, undefined))).toBe(true);
    expect(shouldRetry(2, new ApiError(503, undefined, undefined))).toBe(false);
  });
});
