import { TestApi, uniqueEmail } from './support/api';
import { expectAccessible } from './support/accessibility';
import { ACME, ADMIN, BETA } from './support/demo';
import { expect, test } from './support/fixtures';
import { acceptAnotherInvitation, mailsTo, registerInvitee } from './support/joining';
import { logIn } from './support/login';

test('a member without rights asks the admins for access from the banner', async ({ page, request }) => {
  const admin = await TestApi.logIn(request);
  const member = await registerInvitee(request, admin, ACME.number, {
    email: uniqueEmail('asking'),
    name: 'Ada Asking',
  });
  await logIn(page, member.email, member.password);
  const banner = page.getByRole('region', { name: 'Limited access' });
  await banner.getByRole('button', { name: 'Request access' }).click();
  const message = banner.getByLabel('Message to the admins (optional)');
  await expect(message).toBeFocused();
  await message.fill('I need to see our invoices for the monthly close.');
  await expectAccessible(page);
  await banner.getByRole('button', { name: 'Send request' }).click();
  // Other specs add admins to Acme while this one runs: one admin or several.
  await expect(banner.getByRole('status')).toContainText(/We have e-mailed the (admin|\d+ admins) of this customer\./);

  await expect
    .poll(async () => (await mailsTo(request, ADMIN)).filter((mail) => mail.text?.includes(member.email)).length, {
      timeout: 15_000,
    })
    .toBeGreaterThan(0);
  const [mail] = (await mailsTo(request, ADMIN)).filter((mail) => mail.text?.includes(member.email));
  expect(mail.text).toContain('I need to see our invoices for the monthly close.');
  expect(mail.text).toContain(`/c/${ACME.number}/users`);

  // Once an hour: asking again at once says it was done already.
  await page.reload();
  await banner.getByRole('button', { name: 'Request access' }).click();
  await banner.getByRole('button', { name: 'Send request' }).click();
  await expect(banner.getByRole('status')).toContainText('You asked for access a short while ago');
  await expectAccessible(page);
});

test('a member cancels access to both customers in two steps, and ends on the no-customers screen', async ({
  page,
  request,
}) => {
  const admin = await TestApi.logIn(request);
  const member = await registerInvitee(request, admin, ACME.number, {
    email: uniqueEmail('leaving'),
    name: 'Lee Leaving',
  });
  await acceptAnotherInvitation(request, admin, BETA.number, member);
  await logIn(page, member.email, member.password);
  await page.getByRole('link', { name: new RegExp(ACME.name) }).click();
  // A second tab on the customer being left.
  const otherTab = await page.context().newPage();
  await otherTab.goto(`/c/${ACME.number}/faqs`);
  await expect(otherTab.getByRole('heading', { level: 1, name: 'Frequently asked questions' })).toBeVisible();
  // Back to the first tab: a tab in the background gets no animation frames, which every click waits for.
  await page.bringToFront();

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
  const open = page.getByRole('button', { name: 'Cancel access to a customer number' });
  const choose = page.getByRole('dialog', { name: 'Cancel access to a customer number' });
  const confirm = page.getByRole('dialog', { name: `Cancel access to customer number ${ACME.number}?` });

  // Both steps can be cancelled.
  await open.click();
  await expect(choose.getByLabel('Customer number')).toHaveValue(/.+/);
  await expectAccessible(page);
  await choose.getByRole('button', { name: 'Cancel', exact: true }).click();
  await expect(choose).toBeHidden();
  await expect(open).toBeFocused();
  await open.click();
  await choose.getByRole('button', { name: 'Continue' }).click();
  await expect(confirm).toContainText(`Your access to ${ACME.name} (customer number ${ACME.number}) ends at once.`);
  await expectAccessible(page);
  await confirm.getByRole('button', { name: 'Cancel', exact: true }).click();
  await expect(confirm).toBeHidden();
  await expect(open).toBeFocused();

  // Leaving Acme: one customer is left, so its Home opens; the other tab leaves Acme by itself.
  await open.click();
  await choose.getByLabel('Customer number').selectOption({ label: `${ACME.number} – ${ACME.name}` });
  await choose.getByRole('button', { name: 'Continue' }).click();
  await confirm.getByRole('button', { name: 'Cancel access' }).click();
  await expect(page).toHaveURL(`/c/${BETA.number}`);
  await expect(page.getByRole('status').filter({ hasText: `You no longer have access to ${ACME.name}` })).toContainText(
    `You no longer have access to ${ACME.name} (customer number ${ACME.number}). Its admins have been informed.`,
  );
  await expect(otherTab).toHaveURL(`/c/${BETA.number}`);
  await expect(otherTab.getByRole('status').filter({ hasText: 'Your access to' })).toContainText(
    `Your access to ${ACME.name} (customer number ${ACME.number}) has ended.`,
  );
  // Blocked at once on the server too.
  const login = await request.post('/api/auth/login', { data: { email: member.email, password: member.password } });
  const feedback = await request.post(`/api/tenants/${admin.tenantId(ACME.number)}/feedback`, {
    headers: { Authorization: `Bearer ${(await login.json()).accessToken}` },
    data: { message: 'Am I still in?' },
  });
  expect(feedback.status()).toBe(404);
  await expect
    .poll(async () => (await mailsTo(request, ADMIN)).filter((mail) => mail.text?.includes(member.email)).length, {
      timeout: 15_000,
    })
    .toBeGreaterThan(0);

  // Leaving the last one: the screen that only says how to have the account deleted.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
  await open.click();
  await choose.getByRole('button', { name: 'Continue' }).click();
  await page
    .getByRole('dialog', { name: `Cancel access to customer number ${BETA.number}?` })
    .getByRole('button', { name: 'Cancel access' })
    .click();
  await expect(page).toHaveURL('/customers');
  await expect(page.getByRole('heading', { level: 1, name: 'No customer access' })).toBeVisible();
  await expect(
    page.getByText('To delete your account, contact the admin of your company or our support'),
  ).toBeVisible();
  await expect(page.getByRole('main').getByRole('link')).toHaveText(['support@cloudhub.example']);
  await expect(page.getByRole('main').getByRole('button')).toHaveText(['Dismiss message', 'Save language', 'Log out']);
  await expectAccessible(page);

  await page.getByLabel('Language').selectOption('de');
  await page.getByRole('button', { name: 'Save language' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Kein Kundenzugriff' })).toBeVisible();
  await page.getByRole('button', { name: 'Abmelden' }).click();
  await expect(page).toHaveURL(/\/login/);
});
