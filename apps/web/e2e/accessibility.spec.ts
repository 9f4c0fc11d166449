import { ACME, ADMIN } from './support/demo';
import { expectAccessible } from './support/accessibility';
import { expect, test } from './support/fixtures';
import { logIn } from './support/login';

const PORTAL_PAGES = [
  { link: 'Orders', heading: 'Orders' },
  { link: 'Invoices', heading: 'Invoices' },
  { link: 'User Management', heading: 'User Management' },
  { link: 'Customer settings', heading: 'Customer settings' },
  { link: 'FAQs', heading: 'Frequently asked questions' },
  { link: 'Feedback', heading: 'Feedback' },
  { link: 'Settings', heading: 'Settings' },
  { link: 'Home', heading: 'Welcome, Alex Admin' },
];

test('every portal page passes axe-core at desktop width', async ({ page }) => {
  await page.goto('/login');
  await expectAccessible(page);
  await logIn(page, ADMIN);
  await expectAccessible(page);
  await page.getByRole('link', { name: new RegExp(ACME.name) }).click();
  // After each move the new page's heading has the focus, so a screen reader announces it.
  await expect(page.getByRole('heading', { level: 1, name: 'Welcome, Alex Admin' })).toBeFocused();
  for (const { link, heading } of PORTAL_PAGES) {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: link, exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeFocused();
    await expectAccessible(page);
  }
});

test('the portal works at 375 pixels: the menu folds the sidebar away', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await logIn(page, ADMIN);
  await page.getByRole('link', { name: new RegExp(ACME.name) }).click();
  const menu = page.getByRole('button', { name: 'Menu' });
  const sidebar = page.getByRole('navigation', { name: 'Main' });
  await expect(sidebar).toBeHidden();
  await expectAccessible(page);

  await expect(menu).toHaveAttribute('aria-expanded', 'false');
  await menu.click();
  await expect(menu).toHaveAttribute('aria-expanded', 'true');
  await expect(sidebar).toBeVisible();
  await expectAccessible(page);
  await sidebar.getByRole('link', { name: 'Invoices' }).click();
  await expect(sidebar).toBeHidden();
  await expect(page.getByRole('heading', { level: 1, name: 'Invoices' })).toBeVisible();
  await expectAccessible(page);
  const scrollsSideways = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
  expect(scrollsSideways).toBe(false);
});

test('the skip link leads past the navigation to the main content', async ({ page }) => {
  await logIn(page, ADMIN);
  await page.getByRole('link', { name: new RegExp(ACME.name) }).click();
  // The customer's pages are chunks of their own: the address changes once they are loaded.
  await expect(page).toHaveURL(`/c/${ACME.number}`);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Welcome, Alex Admin' })).toBeVisible();
  await page.keyboard.press('Tab');
  const skipLink = page.getByRole('link', { name: 'Skip to main content' });
  await expect(skipLink).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('main')).toBeFocused();
});
