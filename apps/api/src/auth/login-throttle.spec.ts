import { delayAfterFailures, delaySchedule, LOGIN_THROTTLE } from './login-throttle';

describe('the wait after failed logins of one client on one account', () => {
  it('is free for the first few failures (typos), then doubles from 2 seconds', () => {
    expect([1, 2, 3, 4].map((failures) => delayAfterFailures(failures))).toEqual([0, 0, 0, 0]);
    expect([5, 6, 7, 8, 9].map((failures) => delayAfterFailures(failures))).toEqual([2, 4, 8, 16, 32]);
  });

  it('stops growing at 15 minutes, however many failures follow', () => {
    expect(delayAfterFailures(13)).toBe(512);
    expect(delayAfterFailures(14)).toBe(900);
    expect(delayAfterFailures(10_000)).toBe(900);
  });

  it('is given to the database as a schedule that ends at the cap (its last entry holds for later failures)', () => {
    const schedule = delaySchedule();
    expect(schedule).toEqual([0, 0, 0, 0, 2, 4, 8, 16, 32, 64, 128, 256, 512, 900]);
    expect(schedule.every((delay, i) => delay === delayAfterFailures(i + 1))).toBe(true);
  });

  it('keeps one client to under a hundred guesses a day on an account once it is at the cap', () => {
    expect((24 * 3600) / LOGIN_THROTTLE.maxDelaySeconds).toBeLessThanOrEqual(96);
  });

  it('has an account ceiling for unknown clients far above what the owner makes, and below NIST’s 100 in a row per window', () => {
    expect(LOGIN_THROTTLE.untrustedPerAccount.limit).toBe(100);
    expect(LOGIN_THROTTLE.untrustedPerAccount.limit).toBeGreaterThan(10 * LOGIN_THROTTLE.freeFailures);
  });
});
