import type { APIRequestContext, Page } from '@playwright/test';
import { TestApi, uniqueEmail } from './support/api';
import { createMember, type TestMember } from './support/database';
import { ADMIN, BETA, DEMO_PASSWORD } from './support/demo';
import { expectAccessible } from './support/accessibility';
import { expect, test } from './support/fixtures';
import { logIn } from './support/login';

/*
 * Beta's default language is English, and other specs' invitations there expect it: this file runs in the
 * `settings` project (after them), its tests one after another, and Beta is set back to English at the end.
 */
test.describe.configure({ mode: 'serial' });

test.use({ viewport: { width: 1280, height: 800 } });

test.afterAll(async ({ request }) => {
  await setBetaLanguage(request, 'en');
});

async function setBetaLanguage(request: APIRequestContext, language: 'en' | 'de'): Promise<void> {
  const tenantId = (await TestApi.logIn(request, ADMIN)).tenantId(BETA.number);
  const response = await request.patch(`/api/tenants/${tenantId}/settings`, {
    headers: await bearer(request, ADMIN, DEMO_PASSWORD),
    data: { language },
  });
  expect(response.status(), await response.text()).toBe(200);
}

async function bearer(request: APIRequestContext, email: string, password: string) {
  const login = await request.post('/api/auth/login', { data: { email, password } });
  expect(login.status(), `login of ${email}`).toBe(200);
  return { Authorization: `Bearer ${(await login.json()).accessToken}` };
}

/** An admin of Beta of this test's own, in the given UI language. */
async function betaAdmin(request: APIRequestContext, language: 'en' | 'de'): Promise<TestMember> {
  const admin = await createMember(BETA.number, {
    email: uniqueEmail('beta-admin'),
    name: 'Sam Settings',
    roles: ['Administrator'],
  });
  const headers = await bearer(request, admin.email, admin.password);
  expect((await request.patch('/api/me', { headers, data: { language } })).status()).toBe(200);
  return admin;
}

async function openInviteDialog(page: Page, buttonName: string, dialogName: string) {
  await page.goto(`/c/${BETA.number}/users`);
  await page.getByRole('button', { name: buttonName }).click();
  return page.getByRole('dialog', { name: dialogName });
}

async function mailsTo(request: APIRequestContext, address: string): Promise<{ subject: string; text: string }[]> {
  return (await request.get('/api/dev/mailbox', { params: { to: address } })).json();
}

test('an admin sets the default language of invitations; the dialog names it and the next invitation uses it', async ({
  page,
  request,
}, testInfo) => {
  const admin = await betaAdmin(request, 'en');
  await logIn(page, admin.email, admin.password);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Customer settings' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Customer settings' })).toBeVisible();
  await expect(page.getByText(`Settings for everyone at ${BETA.name} (customer number ${BETA.number}).`)).toBeVisible();
  const language = page.getByLabel('Default language for invitations');
  await expect(language).toHaveValue('en');
  await expect(language).toHaveAccessibleDescription(/when the admin who invites does not pick one/);
  await expectAccessible(page);

  // A tampered request gets the API's field error, shown beside the field.
  await page.route('**/api/tenants/*/settings', (route) =>
    route.request().method() === 'PATCH'
      ? route.continue({ postData: JSON.stringify({ language: 'fr' }) })
      : route.continue(),
  );
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(language).toHaveAccessibleDescription(/Choose one of the offered values\./);
  await expect(language).toBeFocused();
  await page.screenshot({ path: testInfo.outputPath('customer-settings-field-error-en.png') });
  await page.unrouteAll();

  await language.selectOption('de');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('status')).toHaveText(
    'Saved. New invitations without a chosen language are written in German.',
  );
  await expect(language).not.toHaveAccessibleDescription(/Choose one of the offered values/);
  await page.screenshot({ path: testInfo.outputPath('customer-settings-en.png') });

  const dialog = await openInviteDialog(page, 'Invite user', 'Invite user');
  const emailLanguage = dialog.getByRole('combobox', { name: 'Language of the e-mail' });
  await expect(emailLanguage.locator('option').first()).toHaveText('Customer’s default (German)');
  await expect(emailLanguage).toHaveValue('');
  await dialog.screenshot({ path: testInfo.outputPath('invite-dialog-default-en.png') });
  await dialog.getByRole('tab', { name: 'Several addresses' }).click();
  await expect(dialog.getByRole('combobox', { name: 'Language of the e-mail' }).locator('option').first()).toHaveText(
    'Customer’s default (German)',
  );
  await dialog.getByRole('tab', { name: 'One address' }).click();

  const address = uniqueEmail('default-de');
  await dialog.getByRole('textbox', { name: 'E-mail address' }).fill(address);
  await dialog.getByRole('button', { name: 'Send invitation' }).click();
  await expect(dialog.getByText('Invitation sent', { exact: true })).toBeVisible();
  await expect.poll(async () => (await mailsTo(request, address)).length, { timeout: 15_000 }).toBe(1);
  const [mail] = await mailsTo(request, address);
  expect(mail.subject).toBe(`Sam Settings hat Sie zu ${BETA.name} in CloudHub eingeladen`);
  await dialog.getByRole('button', { name: 'Close' }).first().click();

  // The change is in the customer's activity log, in words.
  await page.getByRole('tab', { name: 'Activity' }).click();
  await expect(
    page.getByText('Sam Settings changed the default language of invitations from English to German'),
  ).toBeVisible();
});

test('in German, the page and the dialog name the default in German', async ({ page, request }, testInfo) => {
  await setBetaLanguage(request, 'de');
  const admin = await betaAdmin(request, 'de');
  await logIn(page, admin.email, admin.password);
  await page
    .getByRole('navigation', { name: 'Hauptnavigation' })
    .getByRole('link', { name: 'Kundeneinstellungen' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Kundeneinstellungen' })).toBeVisible();
  const language = page.getByLabel('Standardsprache für Einladungen');
  await expect(language).toHaveValue('de');
  await expect(language).toHaveAccessibleDescription(/wenn die einladende Person keine Sprache wählt/);
  await expectAccessible(page);
  await page.screenshot({ path: testInfo.outputPath('customer-settings-de.png') });

  const dialog = await openInviteDialog(page, 'Benutzer einladen', 'Benutzer einladen');
  await expect(dialog.getByRole('combobox', { name: 'Sprache der E-Mail' }).locator('option').first()).toHaveText(
    'Standard des Kunden (Deutsch)',
  );
  await expectAccessible(page);
  await dialog.screenshot({ path: testInfo.outputPath('invite-dialog-default-de.png') });

  await page.goto(`/c/${BETA.number}/customer-settings`);
  await language.selectOption('en');
  await page.getByRole('button', { name: 'Speichern' }).click();
  await expect(page.getByRole('status')).toHaveText(
    'Gespeichert. Neue Einladungen ohne gewählte Sprache werden auf Englisch geschrieben.',
  );
});

test('a member without User Management has no entry, and the address refuses them', async ({ page }) => {
  const buyer = await createMember(BETA.number, {
    email: uniqueEmail('beta-buyer'),
    name: 'Bo Buyer',
    roles: ['Buyer'],
  });
  await logIn(page, buyer.email, buyer.password);
  const sidebar = page.getByRole('navigation', { name: 'Main' });
  await expect(sidebar.getByRole('link', { name: 'Orders' })).toBeVisible();
  await expect(sidebar.getByRole('link', { name: 'Customer settings' })).toHaveCount(0);

  await page.goto(`/c/${BETA.number}/customer-settings`);
  await expect(page.getByRole('heading', { level: 1, name: 'No access to User Management' })).toBeVisible();
  await expect(page.getByLabel('Default language for invitations')).toHaveCount(0);
  await expectAccessible(page);
});
