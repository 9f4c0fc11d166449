import { reconnectDelayMs } from './membership-events.listener';

describe('reconnectDelayMs', () => {
  it('doubles from 0.1 s, each delay in the upper half of its step', () => {
    expect([0, 1, 2, 3].map((attempt) => reconnectDelayMs(attempt, () => 0))).toEqual([50, 100, 200, 400]);
    expect([0, 1, 2, 3].map((attempt) => reconnectDelayMs(attempt, () => 1))).toEqual([100, 200, 400, 800]);
  });

  it('never waits more than 30 s, however long the database is gone', () => {
    expect(reconnectDelayMs(9, () => 1)).toBe(30_000);
    expect(reconnectDelayMs(1_000, () => 1)).toBe(30_000);
    expect(reconnectDelayMs(1_000, () => 0)).toBe(15_000);
  });
});
