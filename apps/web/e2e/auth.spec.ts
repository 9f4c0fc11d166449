import { ACME, ADMIN, BUYER } from './support/demo';
import { expectAccessible } from './support/accessibility';
import { expect, test } from './support/fixtures';
import { logIn } from './support/login';

test.describe('login', () => {
  test('shows an error beside each field left empty or mistyped', async ({ page }) => {
    await page.goto('/login');
    await expect(page.getByRole('heading', { level: 1, name: 'Log in to CloudHub' })).toBeVisible();
    await page.getByRole('button', { name: 'Log in' }).click();

    const email = page.getByLabel('E-mail address');
    const password = page.getByLabel('Password', { exact: true });
    await expect(email).toHaveAccessibleDescription('Enter your e-mail address.');
    await expect(email).toHaveAttribute('aria-invalid', 'true');
    await expect(email).toBeFocused();
    await expect(password).toHaveAccessibleDescription('Enter your password.');
    await expectAccessible(page);

    await email.fill('admin@example');
    await password.fill('whatever');
    await page.getByRole('button', { name: 'Log in' }).click();
    await expect(email).toHaveAccessibleDescription('Enter an e-mail address like name@company.com.');
    await expect(password).not.toHaveAttribute('aria-invalid');
  });

  test("shows the API's field errors beside their fields", async ({ page }) => {
    await page.goto('/login');
    // Plausible to the browser, refused by the API (a one-letter top-level domain).
    await page.getByLabel('E-mail address').fill('someone@example.c');
    await page.getByLabel('Password', { exact: true }).fill('secret');
    await page.getByRole('button', { name: 'Log in' }).click();
    await expect(page.getByLabel('E-mail address')).toHaveAccessibleDescription('Enter a valid e-mail address.');
  });

  test('says clearly when the e-mail address or password is wrong', async ({ page }) => {
    await page.goto('/login');
    await page.getByLabel('E-mail address').fill(ADMIN);
    await page.getByLabel('Password', { exact: true }).fill('not-the-password');
    await page.getByRole('button', { name: 'Log in' }).click();
    await expect(page.getByRole('alert')).toHaveText('The e-mail address or the password is not correct.');
    await expect(page).toHaveURL(/\/login$/);
    await expectAccessible(page);
  });

  test('slows a client guessing one account, saying how long to wait, and lets it try again after', async ({
    page,
  }) => {
    await page.goto('/login');
    await page.getByLabel('E-mail address').fill('throttled-person@example.com');
    const password = page.getByLabel('Password', { exact: true });
    const submit = page.getByRole('button', { name: 'Log in' });
    // A few typos are free; the next attempt has to wait, and each further failure doubles the wait.
    for (let attempt = 1; attempt <= 5; attempt += 1) {
      await password.fill(`wrong ${attempt}`);
      await submit.click();
      await expect(page.getByRole('alert')).toHaveText('The e-mail address or the password is not correct.');
      await expect(submit).toBeEnabled();
    }
    await password.fill('wrong 6');
    await submit.click();
    await expect(page.getByRole('alert')).toHaveText(/^Too many failed logins\. Try again in \d+ seconds?\.$/);
    await expect(page.getByRole('button', { name: /^Try again in \d+ seconds?$/ })).toBeDisabled();
    await expect(submit).toBeEnabled({ timeout: 10_000 });
  });

  test('takes the admin, who has two customers, to the customer chooser', async ({ page }) => {
    await logIn(page, ADMIN);
    await expect(page).toHaveURL(/\/customers$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Choose a customer' })).toBeVisible();
  });

  test('comes back to the page asked for after logging in', async ({ page }) => {
    await page.goto(`/c/${ACME.number}/invoices`);
    await expect(page).toHaveURL(/\/login\?returnTo=/);
    await expect(page.getByText('Log in to continue where you left off.')).toBeVisible();
    await logIn(page, BUYER);
    await expect(page).toHaveURL(`/c/${ACME.number}/invoices`);
    await expect(page.getByRole('heading', { level: 1, name: 'Invoices' })).toBeVisible();
  });
});

test.describe('session', () => {
  test('survives a reload through the refresh cookie, with no token in web storage', async ({ page }) => {
    await logIn(page, BUYER);
    await expect(page.getByRole('heading', { level: 1, name: 'Welcome, Bea Buyer' })).toBeVisible();
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'Welcome, Bea Buyer' })).toBeVisible();
    const stored = await page.evaluate(() => JSON.stringify({ ...localStorage, ...sessionStorage }));
    expect(stored).not.toMatch(/eyJ/);
  });

  test('sends the request again after refreshing when the access token is refused', async ({ page }) => {
    await logIn(page, BUYER);
    let refused = false;
    // The API answers the first orders call as if the access token had expired.
    await page.route('**/api/tenants/*/orders', async (route) => {
      if (refused) return route.continue();
      refused = true;
      return route.fulfill({
        status: 401,
        contentType: 'application/problem+json',
        body: '{"code":"unauthenticated"}',
      });
    });
    const refreshed = page.waitForResponse((response) => response.url().endsWith('/api/auth/refresh'));
    await page.getByRole('navigation').getByRole('link', { name: 'Orders' }).click();
    expect((await refreshed).status()).toBe(200);
    await expect(page.getByRole('cell', { name: 'Edge gateways, 12 pcs.' })).toBeVisible();
  });

  test('an ended session goes to the login page and back to the page after logging in again', async ({
    page,
    context,
  }) => {
    await logIn(page, BUYER);
    // The refresh cookie is gone (e.g. expired) and the API refuses the access token.
    await context.clearCookies();
    await page.route('**/api/tenants/*/orders', (route) =>
      route.fulfill({ status: 401, contentType: 'application/problem+json', body: '{"code":"unauthenticated"}' }),
    );
    await page.getByRole('navigation').getByRole('link', { name: 'Orders' }).click();
    await expect(page).toHaveURL(`/login?returnTo=${encodeURIComponent(`/c/${ACME.number}/orders`)}`);

    await page.unrouteAll();
    await logIn(page, BUYER);
    await expect(page).toHaveURL(`/c/${ACME.number}/orders`);
    await expect(page.getByRole('cell', { name: 'Edge gateways, 12 pcs.' })).toBeVisible();
  });

  test('logout ends the session: a reload stays on the login page', async ({ page }) => {
    await logIn(page, BUYER);
    await page.getByRole('button', { name: 'Log out' }).click();
    await expect(page).toHaveURL(/\/login$/);
    await page.goto(`/c/${ACME.number}`);
    await expect(page).toHaveURL(/\/login\?returnTo=/);
    await expect(page.getByRole('heading', { level: 1, name: 'Log in to CloudHub' })).toBeVisible();
  });
});
