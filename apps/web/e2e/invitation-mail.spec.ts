import { uniqueEmail } from './support/api';
import { ACME, ADMIN } from './support/demo';
import { expect, test } from './support/fixtures';
import { logIn } from './support/login';

test('the invitation e-mail arrives, in the customer’s language, and reads well in the dev mailbox', async ({
  page,
  request,
}, testInfo) => {
  const address = uniqueEmail('mail');
  await logIn(page, ADMIN);
  await page.goto(`/c/${ACME.number}/users`);
  await page.getByRole('button', { name: 'Invite user' }).click();
  const dialog = page.getByRole('dialog', { name: 'Invite user' });
  await dialog.getByRole('textbox', { name: 'E-mail address' }).fill(address);
  await dialog.getByRole('checkbox', { name: 'Technician' }).check();
  await dialog.getByRole('button', { name: 'Send invitation' }).click();
  await expect(dialog.getByText('Invitation sent', { exact: true })).toBeVisible();

  // Acme's language is German, and the dialog left the default.
  await expect
    .poll(async () => (await (await request.get('/api/dev/mailbox', { params: { to: address } })).json()).length, {
      timeout: 15_000,
    })
    .toBe(1);
  const [mail] = await (await request.get('/api/dev/mailbox', { params: { to: address } })).json();
  expect(mail.subject).toBe('Alex Admin hat Sie zu Acme Devices GmbH in CloudHub eingeladen');
  expect(mail.text).toContain('Kundennummer: 100042');
  expect(mail.text).toContain('Rollen: Technician');
  expect(mail.text).toMatch(/\/invite#token=[\w-]{22,}/);

  await page.goto(`/dev/mailbox?to=${encodeURIComponent(address)}`);
  await page
    .getByRole('region', { name: /Messages/ })
    .getByRole('link')
    .first()
    .click();
  const html = page.frameLocator('iframe');
  await expect(html.getByRole('heading', { name: 'Einladung zu Acme Devices GmbH in CloudHub' })).toBeVisible();
  await expect(html.getByRole('link', { name: /Einladung annehmen/ })).toBeVisible();
  await page.locator('iframe').screenshot({ path: testInfo.outputPath('invitation-email.png') });
});
