import { ACME, ADMIN, BUYER, DEMO_PASSWORD, NEWCOMER } from './support/demo';
import { expectAccessible } from './support/accessibility';
import { expect, test } from './support/fixtures';
import { logIn } from './support/login';

test('the buyer sees Orders and Invoices only, with formatted rows', async ({ page }) => {
  await logIn(page, BUYER);
  const sidebar = page.getByRole('navigation', { name: 'Main' });
  await expect(sidebar.getByRole('list', { name: 'Areas' }).getByRole('link')).toHaveText(['Orders', 'Invoices']);
  await expect(sidebar.getByRole('list', { name: 'Help and account' }).getByRole('link')).toHaveText([
    'FAQs',
    'Feedback',
    'Settings',
  ]);

  await sidebar.getByRole('link', { name: 'Orders' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Orders' })).toBeVisible();
  const firstRow = page.getByRole('row').nth(1);
  await expect(firstRow.getByRole('rowheader')).toHaveText('PO-42001');
  await expect(firstRow.getByRole('cell')).toHaveText([
    'Edge gateways, 12 pcs.',
    'Shipped',
    'Oct 28, 2026',
    '€1,250.00',
  ]);
  await expect(sidebar.getByRole('link', { name: 'Orders' })).toHaveAttribute('aria-current', 'page');
  await expectAccessible(page);
});

test('an area the member may not use says so, and the API refuses it too', async ({ page }) => {
  await logIn(page, BUYER);
  await page.goto(`/c/${ACME.number}/devices`);
  await expect(page.getByRole('heading', { level: 1, name: 'No access to Devices' })).toBeVisible();
  await expect(page.getByText('Your roles in Acme Devices GmbH do not include Devices.')).toBeVisible();
  await expectAccessible(page);

  const login = await page.request.post('/api/auth/login', { data: { email: BUYER, password: DEMO_PASSWORD } });
  const headers = { Authorization: `Bearer ${((await login.json()) as { accessToken: string }).accessToken}` };
  const me = (await (await page.request.get('/api/me', { headers })).json()) as { memberships: { tenantId: string }[] };
  const devices = await page.request.get(`/api/tenants/${me.memberships[0]?.tenantId}/devices`, { headers });
  expect(devices.status()).toBe(403);
});

test('a member without rights sees only Home, FAQs, Feedback and Settings', async ({ page }) => {
  await logIn(page, NEWCOMER);
  // The newcomer's account is set to German.
  await expect(page.getByRole('heading', { level: 1, name: 'Willkommen, Nico Newcomer' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  const sidebar = page.getByRole('navigation', { name: 'Hauptnavigation' });
  await expect(sidebar.getByRole('link')).toHaveText(['Start', 'FAQ', 'Feedback', 'Einstellungen']);
  await expect(page.getByText('Sie haben bei diesem Kunden noch keine Bereiche.')).toBeVisible();
  await expectAccessible(page);
});

test('the admin sees every area and reads each of them', async ({ page }) => {
  await logIn(page, ADMIN);
  await page.getByRole('link', { name: /Acme Devices GmbH/ }).click();
  const areas = page.getByRole('navigation', { name: 'Main' }).getByRole('list', { name: 'Areas' });
  await expect(areas.getByRole('link')).toHaveText([
    'Orders',
    'Invoices',
    'Devices',
    'Documents',
    'Reports',
    'User Management',
    'Customer settings',
  ]);
  for (const [area, firstReference] of [
    ['Devices', 'DEV-42001'],
    ['Documents', 'DOC-42001'],
    ['Reports', 'REP-42001'],
  ] as const) {
    await areas.getByRole('link', { name: area }).click();
    await expect(page.getByRole('heading', { level: 1, name: area })).toBeVisible();
    await expect(page.getByRole('rowheader').first()).toHaveText(firstReference);
    // These areas have no amounts, so the table has no Amount column.
    await expect(page.getByRole('columnheader')).toHaveText(['Reference', 'Description', 'Status', 'Date']);
  }
});

test('unknown addresses show a not-found page, inside and outside a customer', async ({ page }) => {
  await page.goto('/no-such-page');
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  await expectAccessible(page);

  await logIn(page, BUYER);
  await page.goto(`/c/${ACME.number}/no-such-area`);
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
});
