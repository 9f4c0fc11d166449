import { ACME, ADMIN, BETA, BUYER } from './support/demo';
import { expectAccessible } from './support/accessibility';
import { expect, test } from './support/fixtures';
import { logIn } from './support/login';

test('the admin chooses a customer and changes to the other one from the sidebar', async ({ page }) => {
  await logIn(page, ADMIN);
  const customers = page.getByRole('list', { name: 'Your customers' }).getByRole('link');
  await expect(customers).toHaveText([
    /Acme Devices GmbH.*Customer number 100042.*Roles: Administrator/,
    /Beta Logistics AG.*Customer number 100043.*Roles: Administrator/,
  ]);
  await expectAccessible(page);

  await customers.filter({ hasText: BETA.name }).click();
  await expect(page).toHaveURL(`/c/${BETA.number}`);
  const sidebar = page.getByRole('navigation', { name: 'Main' });
  await expect(sidebar.getByText(BETA.name)).toBeVisible();
  await expect(sidebar.getByText(`Customer number ${BETA.number}`)).toBeVisible();

  await sidebar.getByRole('link', { name: 'Change customer' }).click();
  await expect(page).toHaveURL(/\/customers$/);
  await customers.filter({ hasText: ACME.name }).click();
  await expect(page).toHaveURL(`/c/${ACME.number}`);
  await expect(page.getByText(`You are working for ${ACME.name}, customer number ${ACME.number}.`)).toBeVisible();
});

test('a member of one customer goes straight to its Home, with no Change customer', async ({ page }) => {
  await logIn(page, BUYER);
  await expect(page).toHaveURL(`/c/${ACME.number}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Welcome, Bea Buyer' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Main' }).getByText(ACME.name)).toBeVisible();
  await expect(page.getByRole('link', { name: 'Change customer' })).toHaveCount(0);
});

test('a customer the user does not belong to is not found', async ({ page }) => {
  await logIn(page, BUYER);
  await page.goto(`/c/${BETA.number}/orders`);
  await expect(page.getByRole('heading', { level: 1, name: 'Customer not found' })).toBeVisible();
  await expect(page.getByText(`You have no access to customer number ${BETA.number}`)).toBeVisible();
});
