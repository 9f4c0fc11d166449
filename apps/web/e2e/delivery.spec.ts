import type { Page, Route } from '@playwright/test';
import { TestApi, uniqueEmail } from './support/api';
import { ACME, ADMIN } from './support/demo';
import { expect, test } from './support/fixtures';
import { invitationLink } from './support/joining';
import { logIn } from './support/login';

/** What a visit sends over the wire: errors the console shows, the scripts it asks for and its refreshes. */
function watch(page: Page) {
  const consoleErrors: string[] = [];
  const scripts: string[] = [];
  const refreshes: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(`${message.text()} (${message.location().url})`);
  });
  page.on('pageerror', (error) => consoleErrors.push(error.message));
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname.replace(/^\/assets\//, ''));
    if (request.url().endsWith('/api/auth/refresh')) refreshes.push(`${request.method()} ${request.url()}`);
  });
  return { consoleErrors, chunkNames: () => [...scripts], refreshes };
}

/** The scripts the current page has loaded so far, as sent (compressed) and as run (Resource Timing). */
function loadedScripts(page: Page): Promise<{ name: string; encoded: number; decoded: number }[]> {
  return page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .filter((entry): entry is PerformanceResourceTiming => /\/assets\/[^/]+\.js$/.test(entry.name))
      .map((entry) => ({
        name: new URL(entry.name).pathname.replace(/^\/assets\//, ''),
        encoded: entry.encodedBodySize,
        decoded: entry.decodedBodySize,
      })),
  );
}

const sum = (sizes: number[]) => sizes.reduce((total, size) => total + size, 0);

/** The pages behind login, each a chunk of its own: none of them belongs on the login or invitation page. */
const PORTAL_CHUNKS =
  /^(SessionRoot|CustomerShell|HomePage|UserManagementPage|RolesPage|SettingsPage|password-policy)-/;
/** The login page loaded 577 KB (175 KB gzip) of JavaScript in one file before it was split by route. */
const FIRST_SCREEN_BUDGET = 150_000;

test.describe('the first visit', () => {
  test('to /login logs nothing in the console and attempts no refresh without a session', async ({ page }) => {
    const visit = watch(page);
    await page.goto('/login');
    await expect(page.getByRole('heading', { level: 1, name: 'Log in to CloudHub' })).toBeVisible();
    await page.goto('/invite#token=not-a-real-token');
    await expect(page.getByRole('heading', { level: 1, name: 'This invitation link is not valid' })).toBeVisible();
    expect(visit.consoleErrors).toEqual([]);
    expect(visit.refreshes).toEqual([]);
  });

  test('after logging out, the next visit attempts no refresh either; logged in, a reload restores the session', async ({
    page,
  }) => {
    const visit = watch(page);
    await logIn(page, ADMIN);
    await expect(page.getByRole('heading', { level: 1, name: 'Choose a customer' })).toBeVisible();
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'Choose a customer' })).toBeVisible();
    expect(visit.refreshes).toHaveLength(1);

    await page.getByRole('button', { name: 'Log out' }).click();
    await expect(page).toHaveURL(/\/login$/);
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'Log in to CloudHub' })).toBeVisible();
    expect(visit.refreshes).toHaveLength(1);
    expect(visit.consoleErrors).toEqual([]);
  });

  test("the login page loads its own chunks, compressed; the portal's chunks come after logging in", async ({
    page,
  }) => {
    const visit = watch(page);
    await page.goto('/login');
    await expect(page.getByRole('heading', { level: 1, name: 'Log in to CloudHub' })).toBeVisible();
    expect(visit.chunkNames()).toContainEqual(expect.stringMatching(/^LoginPage-/));
    expect(visit.chunkNames().filter((name) => PORTAL_CHUNKS.test(name))).toEqual([]);
    const scripts = await loadedScripts(page);
    const framework = scripts.find((script) => script.name.startsWith('framework-'));
    // Compressed about fourfold by brotli (threefold by gzip).
    expect(framework?.encoded).toBeLessThan((framework?.decoded ?? 0) / 3);
    expect(sum(scripts.map((script) => script.encoded))).toBeLessThan(FIRST_SCREEN_BUDGET);

    // Logged in, the other pages' chunks load in the background, so moving between pages waits for none.
    await logIn(page, ADMIN);
    await expect(page.getByRole('heading', { level: 1, name: 'Choose a customer' })).toBeVisible();
    await expect
      .poll(() => visit.chunkNames(), { message: 'User Management arrives as a chunk of its own' })
      .toContainEqual(expect.stringMatching(/^UserManagementPage-/));
    await page.getByRole('link', { name: new RegExp(ACME.name) }).click();
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'User Management' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'User Management' })).toBeVisible();
  });

  test('the invitation page shows its form without waiting for the password dictionaries, which load after it', async ({
    page,
    request,
  }) => {
    const admin = await TestApi.logIn(request);
    const email = uniqueEmail('first-screen');
    await admin.invite(ACME.number, email);
    const link = await invitationLink(request, email);

    const visit = watch(page);
    // The dictionaries do not arrive until the form is seen to work without them.
    const held: Route[] = [];
    await page.route(/\/assets\/password-policy-[\w-]+\.js$/, (route) => {
      held.push(route);
    });
    await page.goto(link);
    await expect(page.getByRole('heading', { level: 1, name: `Join ${ACME.name} on CloudHub` })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Create your account' })).toBeVisible();
    await expect(page.getByLabel('Display name')).toBeEditable();
    await expect(page.getByRole('button', { name: 'Create account and join' })).toBeEnabled();
    // Asked for once the form is there, not before.
    await expect.poll(() => held.length).toBe(1);
    expect(
      visit.chunkNames().filter((name) => PORTAL_CHUNKS.test(name) && !name.startsWith('password-policy-')),
    ).toEqual([]);
    // The dictionaries are held back, so they are not among the scripts loaded.
    expect(sum((await loadedScripts(page)).map((script) => script.encoded))).toBeLessThan(FIRST_SCREEN_BUDGET);

    await held[0]?.continue();
    await page.getByLabel('Password', { exact: true }).fill('acme-2026');
    await expect(page.getByText(/^Password strength: (very weak|weak|not strong enough)$/)).toBeVisible();
    expect(visit.consoleErrors).toEqual([]);
  });

  test('serves robots.txt as text, not as the page', async ({ request }) => {
    const response = await request.get('/robots.txt');
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toBe('text/plain; charset=utf-8');
    expect(await response.text()).toMatch(/^User-agent: \*$/m);
  });
});
