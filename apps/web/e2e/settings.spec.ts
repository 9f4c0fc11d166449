import { ACME, BUYER } from './support/demo';
import { expectAccessible } from './support/accessibility';
import { expect, test } from './support/fixtures';
import { logIn } from './support/login';

test.describe.configure({ mode: 'serial' });

test('the display name is required and saved', async ({ page }) => {
  await logIn(page, BUYER);
  await page.goto(`/c/${ACME.number}/settings`);
  const name = page.getByLabel('Display name');
  await name.fill('');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(name).toHaveAccessibleDescription(/Enter your display name\./);
  await expectAccessible(page);

  await name.fill('Bea B. Buyer');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByRole('status')).toHaveText('Your settings have been saved.');
  await expect(page.getByRole('banner')).toContainText('Bea B. Buyer');

  await name.fill('Bea Buyer');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByRole('banner')).toContainText('Bea Buyer');
});

test('switching to German changes the UI at once and stays after a reload and logout', async ({ page }) => {
  await logIn(page, BUYER);
  await page.goto(`/c/${ACME.number}/settings`);
  await page.getByLabel('Language', { exact: true }).selectOption('de');
  await page.getByRole('button', { name: 'Save settings' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Einstellungen' })).toBeVisible();
  await expect(page.getByRole('status')).toHaveText('Ihre Einstellungen wurden gespeichert.');
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  const sidebar = page.getByRole('navigation', { name: 'Hauptnavigation' });
  await expect(sidebar.getByRole('list', { name: 'Bereiche' }).getByRole('link')).toHaveText([
    'Bestellungen',
    'Rechnungen',
  ]);
  await expectAccessible(page);

  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Einstellungen' })).toBeVisible();
  await sidebar.getByRole('link', { name: 'Bestellungen' }).click();
  await expect(page.getByRole('cell', { name: '1.250,00 €' })).toBeVisible();
  await expect(page.getByRole('cell', { name: '28.10.2026' })).toBeVisible();

  await page.getByRole('button', { name: 'Abmelden' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Bei CloudHub anmelden' })).toBeVisible();

  await logIn(page, BUYER);
  await page.goto(`/c/${ACME.number}/settings`);
  await page.getByLabel('Sprache', { exact: true }).selectOption('en');
  await page.getByRole('button', { name: 'Einstellungen speichern' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
});
