import { test as base } from '@playwright/test';
import { createHash } from 'node:crypto';

/**
 * Every test looks like its own client address (the API trusts one proxy hop in this suite), so the
 * API's per-address login limits count per test, as they would count per person.
 */
export const test = base.extend({
  extraHTTPHeaders: async ({ extraHTTPHeaders }, provide, testInfo) => {
    const [a = 0, b = 0, c = 0] = createHash('sha256').update(testInfo.testId).digest();
    await provide({ ...extraHTTPHeaders, 'X-Forwarded-For': `10.${a}.${b}.${Math.max(1, c)}` });
  },
});

export { expect } from '@playwright/test';
