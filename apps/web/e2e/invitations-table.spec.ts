import { TestApi, uniqueEmail } from './support/api';
import { changeInvitation, seedInvitations } from './support/database';
import { ACME, ADMIN } from './support/demo';
import { expectAccessible } from './support/accessibility';
import { expect, test } from './support/fixtures';
import { logIn } from './support/login';

const PAGE_SIZE = 25;

test('filters by status and e-mail text, newest first, and pages by cursor', async ({ page, request }) => {
  const admin = await TestApi.logIn(request);
  const batch = `paging-${Date.now().toString(36)}`;
  const addresses = Array.from(
    { length: PAGE_SIZE + 2 },
    (_, index) => `${batch}-${String(index).padStart(2, '0')}@example.com`,
  );
  // Two rows through the API (as the dialog does), the rest in bulk: the outbox sends about one e-mail a second.
  const ids = await seedInvitations(ACME.number, addresses.slice(0, PAGE_SIZE));
  for (const address of addresses.slice(PAGE_SIZE)) ids.push((await admin.invite(ACME.number, address)).id);
  await changeInvitation(ids[0], { expired: true });
  await changeInvitation(ids[1], { expired: true });

  await logIn(page, ADMIN);
  await page.goto(`/c/${ACME.number}/users?tab=invitations`);
  await page.getByRole('searchbox', { name: 'Search by e-mail address' }).fill(batch);
  await expect(page).toHaveURL(new RegExp(`tab=invitations&q=${batch}`));
  const table = page.getByRole('table', { name: /Open invitations of Acme Devices GmbH/ });
  const rows = table.locator('tbody tr');
  await expect(rows).toHaveCount(PAGE_SIZE);
  // Newest first.
  await expect(rows.first().getByRole('rowheader')).toHaveText(addresses.at(-1)!);
  await expect(page.getByText(`Showing ${PAGE_SIZE} entries; there are more.`)).toBeVisible();
  await expectAccessible(page);

  await page.getByRole('button', { name: 'Load more' }).click();
  await expect(rows).toHaveCount(PAGE_SIZE + 2);
  await expect(rows.last().getByRole('rowheader')).toHaveText(addresses[0]);
  await expect(page.getByText(`All ${PAGE_SIZE + 2} entries shown.`)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Load more' })).toHaveCount(0);

  await page.getByLabel('Status').selectOption('expired');
  await expect(page).toHaveURL(/status=expired/);
  await expect(rows).toHaveCount(2);
  await expect(rows.getByRole('cell', { name: /^Expired since / })).toHaveCount(2);
  // An expired invitation wants a new link: Resend shows its name.
  await expect(rows.first().getByRole('button', { name: 'Resend' })).toHaveText('Resend');

  await page.getByLabel('Status').selectOption('pending');
  await expect(rows).toHaveCount(PAGE_SIZE);
  await page.getByRole('searchbox', { name: 'Search by e-mail address' }).fill(`${batch}-26`);
  await expect(rows).toHaveCount(1);
  await page.getByRole('searchbox', { name: 'Search by e-mail address' }).fill(`${batch}-nothing`);
  await expect(page.getByText('No open invitation matches this filter.')).toBeVisible();

  for (const id of ids) await admin.deleteInvitation(ACME.number, id);
});

test('each row shows delivery, how often it was sent, and a request for a new link', async ({ page, request }) => {
  const admin = await TestApi.logIn(request);
  const failed = uniqueEmail('failed-delivery');
  const asked = uniqueEmail('asked-again');
  const failedInvitation = await admin.invite(ACME.number, failed, [await admin.roleId(ACME.number, 'Buyer')]);
  const askedInvitation = await admin.invite(ACME.number, asked);
  await admin.waitForDelivery(ACME.number, failed);
  await changeInvitation(failedInvitation.id, { failedWith: '550 5.1.1 Mailbox unknown' });
  await changeInvitation(askedInvitation.id, { expired: true, renewalRequested: true });

  await logIn(page, ADMIN);
  await page.goto(`/c/${ACME.number}/users?tab=invitations&q=${encodeURIComponent(failed)}`);
  const row = page.getByRole('row', { name: new RegExp(failed) });
  await expect(row.getByRole('cell')).toHaveText([
    // The selection checkbox's cell.
    '',
    'Buyer',
    'Alex Admin',
    /Sent once$/,
    /^Pendinguntil .+E-mail failedReason: 550 5\.1\.1 Mailbox unknown$/,
    /Resend/,
  ]);
  const resend = row.getByRole('button', { name: 'Resend' });
  await expect(resend).toHaveText('Resend');
  await expect(resend).toHaveAccessibleDescription(`${failed} Reason: 550 5.1.1 Mailbox unknown`);

  await page.goto(`/c/${ACME.number}/users?tab=invitations&q=${encodeURIComponent(asked)}`);
  const askedRow = page.getByRole('row', { name: new RegExp(asked) });
  await expect(askedRow.getByRole('rowheader')).toContainText('Asked for a new link');
  await expect(askedRow).toContainText('Expired');
  await expectAccessible(page);

  for (const invitation of [failedInvitation, askedInvitation])
    await admin.deleteInvitation(ACME.number, invitation.id);
});

test('Resend sends a new link and updates the row; a refused resend says why', async ({ page, request }) => {
  const admin = await TestApi.logIn(request);
  const address = uniqueEmail('resend');
  const invitation = await admin.invite(ACME.number, address);
  await logIn(page, ADMIN);
  await page.goto(`/c/${ACME.number}/users?tab=invitations&q=${encodeURIComponent(address)}`);
  const row = page.getByRole('row', { name: new RegExp(address) });
  await expect(row).toContainText('Sent once');
  const resend = row.getByRole('button', { name: 'Resend' });
  // Icon only, with its name for screen readers and as a tooltip.
  await expect(resend).toHaveAttribute('title', 'Resend');
  await resend.click();
  await expect(page.getByRole('status').filter({ hasText: `A new link has been sent to ${address}.` })).toBeVisible();
  await expect(row).toContainText('Sent 2 times');

  // At most 5 invitation e-mails to one address per customer and day.
  for (let sends = 2; sends < 5; sends += 1) expect(await admin.resend(ACME.number, invitation.id)).toBe(200);
  await resend.click();
  await expect(page.getByRole('alert')).toContainText('This address has had the most invitation e-mails allowed');
  await admin.deleteInvitation(ACME.number, invitation.id);
});

test('Delete always asks first; the row is gone afterwards', async ({ page, request }) => {
  const admin = await TestApi.logIn(request);
  const address = uniqueEmail('delete');
  await admin.invite(ACME.number, address);
  await logIn(page, ADMIN);
  await page.goto(`/c/${ACME.number}/users?tab=invitations&q=${encodeURIComponent(address)}`);
  const row = page.getByRole('row', { name: new RegExp(address) });
  const deleteButton = row.getByRole('button', { name: 'Delete' });
  await deleteButton.click();
  const dialog = page.getByRole('dialog', { name: 'Delete this invitation?' });
  await expect(dialog).toContainText(`The invitation to ${address} will be deleted`);
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await expectAccessible(page);
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  await expect(deleteButton).toBeFocused();

  await deleteButton.click();
  await dialog.getByRole('button', { name: 'Delete invitation' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText(`The invitation to ${address} has been deleted.`)).toBeVisible();
  await expect(row).toHaveCount(0);
  expect(await admin.invitations(ACME.number, address)).toEqual([]);
});
