import { uniqueEmail } from './support/api';
import { expectAccessible } from './support/accessibility';
import { createCustomer, type TestCustomer } from './support/customer';
import { changeInvitation, seedInvitations, withDatabase } from './support/database';
import { INVITATION_DAILY_LIMIT } from './support/demo';
import { expect, test } from './support/fixtures';
import { logIn } from './support/login';

// Each test makes a customer of its own, whose one admin has a daily limit of their own to use up.

/** As if the admin had sent all but `remaining` of their invitation e-mails just now: counted as the API counts. */
async function leaveInvitationEmails(customer: TestCustomer, remaining: number): Promise<void> {
  await withDatabase((client) =>
    client.query('SELECT rate_limit_consume($1, $2, 86400) FROM generate_series(1, $3)', [
      `invitation-quota:admin:${customer.admin.userId}`,
      INVITATION_DAILY_LIMIT,
      INVITATION_DAILY_LIMIT - remaining,
    ]),
  );
}

const SCREENSHOTS = '/tmp/bulk';

test('selected invitations are resent and deleted in bulk, each after a preview of what happens', async ({ page }) => {
  const customer = await createCustomer('Delta Parts GmbH', {
    email: uniqueEmail('bulk-admin'),
    name: 'Bea Bulk',
    language: 'en',
  });
  const emails = ['anna', 'ben', 'cora', 'dan'].map((name) => uniqueEmail(`bulk-${name}`));
  await seedInvitations(customer.number, emails);
  await leaveInvitationEmails(customer, 2);
  await page.setViewportSize({ width: 1280, height: 800 });
  await logIn(page, customer.admin.email, customer.admin.password);
  await page.goto(`/c/${customer.number}/users?tab=invitations`);

  for (const email of emails.slice(0, 3)) await page.getByRole('checkbox', { name: `Select ${email}` }).check();
  await expect(page.getByText('3 selected', { exact: true })).toBeVisible();
  const actions = page.getByRole('group', { name: 'Actions for the selected invitations' });
  await expect(actions.getByRole('status')).toHaveText('3 invitations selected');

  // Resend: the dry run says what happens and what it costs before anything is sent.
  await actions.getByRole('button', { name: 'Resend' }).click();
  const resend = page.getByRole('dialog', { name: 'Resend invitations' });
  await expect(resend).toContainText(
    '2 invitations will get a new link; their old links stop working at once. 1 cannot: 1 over your daily limit.',
  );
  await expect(resend).toContainText('This uses 2 of your 2 remaining invitation e-mails today.');
  await expect(resend).toContainText(/The next one frees up (today|tomorrow) at /);
  const held = resend.getByRole('region', { name: 'What cannot go, and why' });
  // In the table's order, newest first: the oldest of the three does not fit.
  await expect(held.getByRole('listitem')).toHaveText([new RegExp(`^${emails[0]}: over your daily limit`)]);
  await expect(resend.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await expectAccessible(page);
  await page.screenshot({ path: `${SCREENSHOTS}/bulk-resend-preview-en.png` });
  await resend.getByRole('button', { name: 'Send 2 new links' }).click();
  await expect(resend).toContainText('2 invitations sent again with a new link. 1 not done: 1 over your daily limit.');
  await expect(resend).toContainText('Now 0 of 500 invitation e-mails are left today.');
  await expectAccessible(page);
  await page.screenshot({ path: `${SCREENSHOTS}/bulk-resend-result-en.png` });
  await resend.getByRole('button', { name: 'Close' }).last().click();
  await expect(resend).toBeHidden();
  // The selection is done with; the table shows the new links.
  await expect(actions).toBeHidden();
  await expect(page.getByRole('row', { name: new RegExp(emails[2]) })).toContainText('Sent 2 times');

  // Delete: the same preview, then the rows leave the table.
  const deleted = [emails[0], emails[3]];
  for (const email of deleted) await page.getByRole('checkbox', { name: `Select ${email}` }).check();
  await actions.getByRole('button', { name: 'Delete' }).click();
  const remove = page.getByRole('dialog', { name: 'Delete invitations' });
  await expect(remove).toContainText('2 invitations will be deleted: their links stop working at once.');
  await expectAccessible(page);
  await page.screenshot({ path: `${SCREENSHOTS}/bulk-delete-preview-en.png` });
  await remove.getByRole('button', { name: 'Delete 2 invitations' }).click();
  await expect(remove).toContainText('2 invitations deleted.');
  await remove.getByRole('button', { name: 'Close' }).last().click();
  for (const email of deleted) await expect(page.getByRole('row', { name: new RegExp(email) })).toHaveCount(0);
  await expect(page.getByRole('row', { name: new RegExp(emails[2]) })).toBeVisible();

  // Clear drops a selection without doing anything.
  await page.getByRole('checkbox', { name: `Select ${emails[1]}` }).check();
  await actions.getByRole('button', { name: 'Clear selection' }).click();
  await expect(actions).toBeHidden();
  await expect(page.getByRole('checkbox', { name: `Select ${emails[1]}` })).not.toBeChecked();
});

test('"Resend all expired" says how many expired, how many the quota allows today, and sends those', async ({
  page,
}) => {
  const customer = await createCustomer('Epsilon Handel GmbH', {
    email: uniqueEmail('expired-admin'),
    name: 'Erik Ablauf',
    language: 'de',
  });
  const emails = ['eva', 'finn', 'greta', 'hugo'].map((name) => uniqueEmail(`expired-${name}`));
  const ids = await seedInvitations(customer.number, emails);
  for (const id of ids.slice(0, 3)) await changeInvitation(id, { expired: true });
  await changeInvitation(ids[2], { renewalRequested: true });
  await leaveInvitationEmails(customer, 2);
  await page.setViewportSize({ width: 1280, height: 800 });
  await logIn(page, customer.admin.email, customer.admin.password);
  await page.goto(`/c/${customer.number}/users?tab=invitations`);

  await page.getByRole('button', { name: 'Alle abgelaufenen erneut senden' }).click();
  const dialog = page.getByRole('dialog', { name: 'Alle abgelaufenen Einladungen erneut senden' });
  await expect(dialog).toContainText('3 Einladungen sind abgelaufen.');
  await expect(dialog).toContainText('1 bleibt vorerst abgelaufen: Ihr Tageslimit lässt heute nicht mehr zu.');
  await expect(dialog).toContainText('Das verbraucht 2 Ihrer heute noch 2 verfügbaren Einladungs-E-Mails.');
  await expect(dialog).toContainText(/Die nächste wird (heute|morgen) um .+ frei\./);
  await expectAccessible(page);
  await page.screenshot({ path: `${SCREENSHOTS}/resend-expired-preview-de.png` });
  await dialog.getByRole('button', { name: '2 neue Links senden' }).click();
  await expect(dialog).toContainText('2 Einladungen mit neuem Link erneut gesendet.');
  await expectAccessible(page);
  await page.screenshot({ path: `${SCREENSHOTS}/resend-expired-result-de.png` });
  await dialog.getByRole('button', { name: 'Schließen' }).last().click();

  // The one who asked for a new link went first; one expired invitation stays expired.
  const sent = await withDatabase(
    async (client) =>
      (
        await client.query<{ email: string }>(
          'SELECT email FROM invitations WHERE id = ANY($1::uuid[]) AND send_count = 2 ORDER BY email',
          [ids],
        )
      ).rows,
  );
  expect(sent.map((row) => row.email)).toContain(emails[2]);
  expect(sent).toHaveLength(2);
});
