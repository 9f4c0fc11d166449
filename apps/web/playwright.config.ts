import { defineConfig } from '@playwright/test';

/** Debian's Chromium: the suite never downloads a browser. */
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export default defineConfig({
  testDir: './e2e',
  globalSetup: './e2e/support/global-setup.ts',
  outputDir: '../../dist/.playwright/web',
  workers: 2,
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  timeout: 30_000,
  expect: { timeout: 7_000 },
  reporter: [['list']],
  use: {
    // Set by the global setup, which starts the API on a free port before the workers load this file.
    baseURL: process.env.E2E_BASE_URL,
    locale: 'en-US',
    browserName: 'chromium',
    launchOptions: { executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS },
    screenshot: 'only-on-failure',
  },
  projects: [
    { name: 'portal', testIgnore: /settings\.spec\.ts/ },
    // Changes the demo users' language, which the other specs read: so it runs after them.
    { name: 'settings', testMatch: /settings\.spec\.ts/, dependencies: ['portal'] },
  ],
});
