import { TestApi, uniqueEmail } from './support/api';
import { expectAccessible } from './support/accessibility';
import { ACME } from './support/demo';
import { expect, test } from './support/fixtures';
import { invitationLink, STRONG_PASSWORD } from './support/joining';

test('an invited person registers, is released from restricted mode live and gets a tour of just their areas', async ({
  page,
  request,
}) => {
  const admin = await TestApi.logIn(request);
  const email = uniqueEmail('journey');
  await admin.invite(ACME.number, email);
  await page.goto(await invitationLink(request, email));

  // The token leaves the address bar at once.
  await expect(page).toHaveURL(/\/invite$/);
  await expect(page.getByRole('heading', { level: 1, name: `Join ${ACME.name} on CloudHub` })).toBeVisible();
  const summary = page.getByRole('region', { name: ACME.name });
  await expect(summary).toContainText(`Customer number ${ACME.number}`);
  await expect(summary).toContainText(email);
  await expect(summary).toContainText('Alex Admin (admin@example.com)');
  await expect(summary).toContainText('No roles yet');
  await expectAccessible(page);

  // A weak password is refused with its reasons while typing and on submit.
  await page.getByLabel('Display name').fill('Jo Journey');
  const password = page.getByLabel('Password', { exact: true });
  await password.fill('acme-2026');
  await expect(page.getByText(/^Password strength: (very weak|weak|not strong enough)$/)).toBeVisible();
  await expect(password).toHaveAccessibleDescription(/Use at least 15 characters\./);
  await expect(password).toHaveAccessibleDescription(/Do not build it on the product name, the company name/);
  await page.getByRole('button', { name: 'Create account and join' }).click();
  await expect(password).toBeFocused();
  await expect(password).toHaveAttribute('aria-invalid', 'true');
  await expectAccessible(page);

  await password.fill(STRONG_PASSWORD);
  await expect(page.getByText('This password is good.')).toBeVisible();
  await page.getByRole('button', { name: 'Create account and join' }).click();

  // In, with no rights yet: the banner, and nothing but Home, FAQs, Feedback and Settings.
  await expect(page).toHaveURL(`/c/${ACME.number}`);
  const banner = page.getByRole('region', { name: 'Limited access' });
  await expect(banner.getByRole('status')).toContainText(`You have no rights in ${ACME.name} yet`);
  const sidebar = page.getByRole('navigation', { name: 'Main' });
  await expect(sidebar.getByRole('link')).toHaveText(['Home', 'FAQs', 'Feedback', 'Settings']);
  await expectAccessible(page);

  // An admin gives a role: the banner goes by itself, without a reload.
  await page.evaluate(() => Object.assign(window, { samePage: true }));
  const [member] = await admin.members(ACME.number, email);
  await admin.setMemberRoles(ACME.number, member.userId, [await admin.roleId(ACME.number, 'Buyer')]);
  await expect(banner).toBeHidden({ timeout: 3_000 });
  expect(await page.evaluate(() => 'samePage' in window)).toBe(true);
  await expect(sidebar.getByRole('list', { name: 'Areas' }).getByRole('link')).toHaveText(['Orders', 'Invoices']);

  // The tour: the Buyer's two areas, and no others.
  const tour = page.getByRole('dialog', { name: 'Welcome tour' });
  await expect(tour.getByRole('status')).toHaveText('Step 1 of 3');
  await expect(tour.getByRole('listitem')).toHaveText(['Orders', 'Invoices']);
  await expectAccessible(page);
  await tour.getByRole('button', { name: 'Next' }).click();
  await expect(tour.getByRole('status')).toHaveText('Step 2 of 3');
  await expect(tour.getByRole('heading', { name: 'Orders' })).toBeVisible();
  await expect(tour).toContainText('See your company’s orders and their delivery status.');
  await expect(sidebar.getByRole('link', { name: 'Orders' })).toHaveClass(/tour-highlight/);
  await tour.getByRole('button', { name: 'Next' }).click();
  await expect(tour.getByRole('heading', { name: 'Invoices' })).toBeVisible();
  await expect(tour.getByRole('button', { name: 'Finish' })).toBeFocused();

  // Esc skips it, for good.
  await page.keyboard.press('Escape');
  await expect(tour).toBeHidden();
  await page.reload();
  await expect(sidebar.getByRole('link', { name: 'Orders' })).toBeVisible();
  await expect(tour).toBeHidden();

  // Settings replays it; Finish ends it again.
  await sidebar.getByRole('link', { name: 'Settings' }).click();
  const replay = page.getByRole('button', { name: 'Replay the welcome tour' });
  await replay.click();
  await expect(tour.getByRole('status')).toHaveText('Step 1 of 3');
  await tour.getByRole('button', { name: 'Next' }).click();
  await tour.getByRole('button', { name: 'Next' }).click();
  await tour.getByRole('button', { name: 'Finish' }).click();
  await expect(tour).toBeHidden();
  await expect(replay).toBeFocused();
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  await expect(tour).toBeHidden();
});
