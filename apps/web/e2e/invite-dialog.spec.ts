import { TestApi, uniqueEmail } from './support/api';
import { ACME, ADMIN, BETA, BUYER, INVITATION_DAILY_LIMIT } from './support/demo';
import { expectAccessible } from './support/accessibility';
import { expect, test } from './support/fixtures';
import { logIn } from './support/login';

const QUOTA_TEXT = new RegExp(
  `^\\d+ of ${INVITATION_DAILY_LIMIT} invitations left today(; the next one frees up (today|tomorrow) at \\d{1,2}:\\d{2}\\s?[AP]M)?\\.$`,
);

test('sends an invitation: loading, success, and the three ways on', async ({ page }) => {
  const first = uniqueEmail('invite-first');
  const second = uniqueEmail('invite-second');
  await logIn(page, ADMIN);
  await page.goto(`/c/${BETA.number}/users`);
  const inviteButton = page.getByRole('button', { name: 'Invite user' });
  await inviteButton.click();
  const dialog = page.getByRole('dialog', { name: 'Invite user' });
  await expect(dialog).toHaveAttribute('aria-modal', 'true');
  const email = dialog.getByRole('textbox', { name: 'E-mail address' });
  await expect(email).toBeFocused();
  await expect(dialog.getByText(QUOTA_TEXT)).toBeVisible();
  await expect(dialog.getByLabel('Language of the e-mail')).toHaveValue('');
  await expect(dialog.getByLabel('Language of the e-mail').locator('option:checked')).toHaveText('Customer’s default (English)');
  await expectAccessible(page);

  // Every invitation sent is recorded; the first answer is held back a moment to see the loading state.
  const bodies: unknown[] = [];
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/api/tenants/*/invitations', async (route) => {
    if (route.request().method() !== 'POST') return route.fallback();
    bodies.push(route.request().postDataJSON());
    if (bodies.length === 1) await held;
    return route.fallback();
  });
  await email.fill(`  ${first}  `);
  await dialog.getByRole('checkbox', { name: 'Buyer' }).check();
  await dialog.getByRole('button', { name: 'Send invitation' }).click();
  const sending = dialog.getByRole('button', { name: 'Sending invitation…' });
  await expect(sending).toHaveAttribute('aria-disabled', 'true');
  await expect.poll(() => bodies).toEqual([{ email: first, roleIds: [expect.any(String)] }]);
  const quotaRead = page.waitForRequest((request) => request.url().endsWith('/invitations/quota'));
  release();
  await expect(dialog.getByText('Invitation sent', { exact: true })).toBeVisible();
  await expect(dialog.getByText(`${first} receives an e-mail with a link to join.`)).toBeVisible();
  await expect(dialog.getByText('Roles on joining: Buyer.', { exact: false })).toBeVisible();
  // The quota is read again after each send.
  await quotaRead;
  await expectAccessible(page);

  // Invite another user: a fresh form, ready for the next address.
  await dialog.getByRole('button', { name: 'Invite another user' }).click();
  await expect(email).toBeFocused();
  await expect(email).toHaveValue('');
  await expect(dialog.getByRole('checkbox', { name: 'Buyer' })).not.toBeChecked();
  await email.fill(second);
  await dialog.getByLabel('Language of the e-mail').selectOption('de');
  await dialog.getByRole('button', { name: 'Send invitation' }).click();
  await expect(dialog.getByText('No roles: restricted access on joining.', { exact: false })).toBeVisible();
  // The customer's default sends no language; a chosen one is sent.
  expect(bodies[1]).toEqual({ email: second, roleIds: [], language: 'de' });
  await page.unrouteAll();

  // Go to invitations: the dialog closes and the table shows the new rows.
  await dialog.getByRole('button', { name: 'Go to invitations' }).click();
  await expect(dialog).toBeHidden();
  await expect(page).toHaveURL(`/c/${BETA.number}/users?tab=invitations`);
  await expect(page.getByRole('tab', { name: 'Invitations' })).toHaveAttribute('aria-selected', 'true');
  const table = page.getByRole('table', { name: /Open invitations of Beta Logistics AG/ });
  await expect(table.getByRole('row', { name: new RegExp(second) })).toContainText('Pending');
  await expect(table.getByRole('row', { name: new RegExp(first) })).toContainText('Buyer');

  // Close: the dialog goes and the focus is back on Invite user.
  await inviteButton.click();
  await dialog.getByRole('textbox', { name: 'E-mail address' }).fill(uniqueEmail('invite-third'));
  await dialog.getByRole('button', { name: 'Send invitation' }).click();
  await dialog.getByRole('button', { name: 'Close', exact: true }).last().click();
  await expect(dialog).toBeHidden();
  await expect(inviteButton).toBeFocused();
});

test('errors land on the e-mail field: not a plain address, already a member', async ({ page }) => {
  await logIn(page, ADMIN);
  await page.goto(`/c/${ACME.number}/users`);
  await page.getByRole('button', { name: 'Invite user' }).click();
  const dialog = page.getByRole('dialog', { name: 'Invite user' });
  const email = dialog.getByRole('textbox', { name: 'E-mail address' });

  await dialog.getByRole('button', { name: 'Send invitation' }).click();
  await expect(email).toHaveAccessibleDescription(/Enter the e-mail address of the person to invite\./);

  // Plausible to the browser, refused by the API (a one-letter top-level domain).
  await email.fill('someone@example.c');
  await dialog.getByRole('button', { name: 'Send invitation' }).click();
  await expect(email).toHaveAccessibleDescription(
    /Enter one e-mail address like name@company\.com, without a name or other text around it\./,
  );
  await expect(email).toHaveAttribute('aria-invalid', 'true');
  await expect(email).toBeFocused();
  await expectAccessible(page);

  await email.fill(BUYER.toUpperCase());
  await dialog.getByRole('button', { name: 'Send invitation' }).click();
  await expect(email).toHaveAccessibleDescription(/This person is already a member of this customer\./);
});

test('an address with an open invitation is offered Resend right there', async ({ page, request }) => {
  const admin = await TestApi.logIn(request);
  const address = uniqueEmail('invite-exists');
  const open = await admin.invite(BETA.number, address);
  await logIn(page, ADMIN);
  await page.goto(`/c/${BETA.number}/users`);
  await page.getByRole('button', { name: 'Invite user' }).click();
  const dialog = page.getByRole('dialog', { name: 'Invite user' });
  const email = dialog.getByRole('textbox', { name: 'E-mail address' });
  await email.fill(address.toUpperCase());
  await dialog.getByRole('button', { name: 'Send invitation' }).click();
  await expect(email).toHaveAccessibleDescription(/This address already has an open invitation\./);
  await expect(dialog.getByText('Send the open invitation again instead?', { exact: false })).toBeVisible();
  await expectAccessible(page);

  const resent = page.waitForRequest((request) => request.url().endsWith(`/invitations/${open.id}/resend`));
  await dialog.getByRole('button', { name: 'Resend' }).click();
  await resent;
  await expect(dialog.getByText('Invitation sent again')).toBeVisible();
  expect((await admin.invitations(BETA.number, address))[0]?.sendCount).toBe(2);
  await admin.deleteInvitation(BETA.number, open.id);
});

test('the quota before and after the limit', async ({ page }) => {
  await logIn(page, ADMIN);
  // Fixed answers, so that the exact texts can be checked whatever the other tests have sent.
  // Tomorrow at 2:05 PM local time: the texts say "tomorrow at", not only the time of day.
  const today = new Date();
  const resetsAt = new Date(today.getFullYear(), today.getMonth(), today.getDate() + 1, 14, 5).toISOString();
  await page.route('**/api/tenants/*/invitations/quota', (route) =>
    route.fulfill({ json: { limit: INVITATION_DAILY_LIMIT, remaining: 3, resetsAt } }),
  );
  await page.route('**/api/tenants/*/invitations', (route) =>
    route.request().method() === 'POST'
      ? route.fulfill({
          status: 429,
          contentType: 'application/problem+json',
          headers: { 'Retry-After': '3600' },
          json: {
            type: 'https://cloudhub.example/problems/invitation-quota-exceeded',
            title: 'Too many requests',
            status: 429,
            detail: 'You have sent 500 invitation e-mails in the last 24 hours.',
            code: 'invitation_quota_exceeded',
            retryAfter: 3600,
            limit: INVITATION_DAILY_LIMIT,
            resetsAt,
          },
        })
      : route.fallback(),
  );
  await page.goto(`/c/${BETA.number}/users`);
  await page.getByRole('button', { name: 'Invite user' }).click();
  const dialog = page.getByRole('dialog', { name: 'Invite user' });
  await expect(
    dialog.getByText(/^3 of 500 invitations left today; the next one frees up tomorrow at 2:05\sPM\.$/),
  ).toBeVisible();
  await dialog.getByRole('textbox', { name: 'E-mail address' }).fill(uniqueEmail('over-quota'));
  await dialog.getByRole('button', { name: 'Send invitation' }).click();
  await expect(dialog.getByRole('alert')).toHaveText(
    /^You have sent 500 invitation e-mails in the last 24 hours, the most allowed\. The next one frees up tomorrow at 2:05\sPM\.$/,
  );
});

test('a customer without roles says so and links to the roles page', async ({ page }) => {
  await logIn(page, ADMIN);
  await page.route('**/api/tenants/*/roles', (route) => route.fulfill({ json: { items: [], nextCursor: null } }));
  await page.goto(`/c/${BETA.number}/users`);
  await page.getByRole('button', { name: 'Invite user' }).click();
  const dialog = page.getByRole('dialog', { name: 'Invite user' });
  await expect(dialog.getByRole('group', { name: 'Roles' })).toContainText('This customer has no roles yet');
  await dialog.getByRole('link', { name: 'Create roles first' }).click();
  await expect(page).toHaveURL(`/c/${BETA.number}/roles`);
  await expect(dialog).toBeHidden();
});
