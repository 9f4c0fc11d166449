import { readFile } from 'node:fs/promises';
import { Client } from 'pg';
import type { Page } from '@playwright/test';
import { TestApi } from './support/api';
import { changeInvitation, createMember, seedInvitations } from './support/database';
import { ACME, ADMIN } from './support/demo';
import { expectAccessible } from './support/accessibility';
import { expect, test } from './support/fixtures';
import { logIn } from './support/login';

const SHOTS = process.env.E2E_SCREENSHOT_DIR;

/** A batch of invitations only this test searches for: seeded one second apart, the last one newest. */
async function batchOf(label: string, names: string[]) {
  const batch = `${label}-${Date.now().toString(36)}`;
  const emails = names.map((name) => `${batch}-${name}@example.com`);
  const ids = await seedInvitations(ACME.number, emails);
  // seedInvitations answers in e-mail order, which is the order of `names` here.
  return { batch, emails, ids };
}

/** What only the database can do in a test: an invitation accepted by an account, a member's language. */
async function sql(statement: string, values: unknown[]): Promise<void> {
  const client = new Client({ connectionString: process.env.E2E_DATABASE_URL });
  await client.connect();
  try {
    await client.query(statement, values);
  } finally {
    await client.end();
  }
}

const tableOf = (page: Page) => page.getByRole('table', { name: /invitations of Acme Devices GmbH|Einladungen von/ });
const addressesIn = (page: Page) => tableOf(page).locator('tbody tr').getByRole('rowheader');

test('sorts by column headers, filters by failed delivery, counts, and keeps it all in the URL', async ({ page }) => {
  const { batch, emails, ids } = await batchOf('sortfilter', ['a-anna', 'b-bert', 'c-carla']);
  await changeInvitation(ids[1], { failedWith: '550 mailbox unavailable' });
  await changeInvitation(ids[2], { expired: true });

  await logIn(page, ADMIN);
  await page.goto(`/c/${ACME.number}/users?tab=invitations&q=${batch}`);
  // Newest sent first: carla was sent last but has expired (her sent time moved back a day).
  await expect(addressesIn(page)).toHaveText([emails[1], emails[0], emails[2]]);

  // Counts on the status and delivery filters, among what the search selects.
  const status = page.getByLabel('Status', { exact: true });
  await expect(status.locator('option')).toHaveText(['All (3)', 'Pending (2)', 'Expired (1)', 'Revoked (0)']);
  await expect(page.getByLabel('Delivery').locator('option[value="failed"]')).toHaveText('E-mail failed (1)');

  // Sorting by e-mail: a button in the header; aria-sort says the order; pressing again reverses it.
  const emailHeader = tableOf(page).getByRole('columnheader', { name: 'E-mail address' });
  await emailHeader.getByRole('button').click();
  await expect(page).toHaveURL(/sort=email/);
  await expect(emailHeader).toHaveAttribute('aria-sort', 'ascending');
  await expect(addressesIn(page)).toHaveText(emails);
  // The table's name says the order.
  await expect(
    page.getByRole('table', { name: 'Open invitations of Acme Devices GmbH, by e-mail address from A to Z' }),
  ).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: /^3 invitations$/ })).toBeAttached();
  // By keyboard.
  await emailHeader.getByRole('button').focus();
  await page.keyboard.press('Enter');
  await expect(emailHeader).toHaveAttribute('aria-sort', 'descending');
  await expect(addressesIn(page)).toHaveText([...emails].reverse());
  const expiresHeader = tableOf(page).getByRole('columnheader', { name: 'Status · expiry' });
  await expiresHeader.getByRole('button').press('Space');
  await expect(expiresHeader).toHaveAttribute('aria-sort', 'ascending');
  await expect(emailHeader).toHaveAttribute('aria-sort', 'none');
  await expect(addressesIn(page).first()).toHaveText(emails[2]);

  // Failed delivery: one row, a chip, the live region's count.
  await page.getByLabel('Delivery').selectOption('failed');
  await expect(page).toHaveURL(/delivery=failed/);
  await expect(addressesIn(page)).toHaveText([emails[1]]);
  await expect(page.getByRole('status').filter({ hasText: /^1 invitation$/ })).toBeAttached();
  const chips = page.getByRole('list', { name: 'Active filters' });
  await expect(chips.getByRole('button')).toHaveText(['E-mail failedRemove filter', `Search: ${batch}Remove filter`]);
  await expectAccessible(page);

  // A reload (or a shared link) shows the same view.
  await page.reload();
  await expect(addressesIn(page)).toHaveText([emails[1]]);
  await expect(page.getByLabel('Delivery')).toHaveValue('failed');
  await expect(expiresHeader).toHaveAttribute('aria-sort', 'ascending');

  // Only expired ones that failed: none, and the empty state says so.
  await status.selectOption('expired');
  await expect(page.getByText('No open invitation matches this filter.')).toBeVisible();
  await chips.getByRole('button', { name: /^Status: Expired/ }).click();
  await expect(addressesIn(page)).toHaveText([emails[1]]);
  await page.getByRole('button', { name: 'Reset filters' }).click();
  await expect(page).not.toHaveURL(/delivery=|q=/);
  await expect(page).toHaveURL(/sort=expires/);
});

test('exports the filtered invitations as a CSV file', async ({ page }) => {
  const { batch, emails, ids } = await batchOf('export', ['a-anna', 'b-bert']);
  await changeInvitation(ids[0], { failedWith: '=cmd|calc' });

  await logIn(page, ADMIN);
  await page.goto(`/c/${ACME.number}/users?tab=invitations&q=${batch}&delivery=failed`);
  await expect(addressesIn(page)).toHaveText([emails[0]]);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export CSV' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^invitations-100042-\d{4}-\d{2}-\d{2}\.csv$/);
  const text = await readFile(await file.path(), 'utf8');
  const lines = text
    .replace(/^\uFEFF/, '')
    .trim()
    .split('\r\n');
  expect(lines).toHaveLength(2);
  expect(lines[0]).toMatch(/^"email","status","roles","inviter_name","inviter_email",/);
  expect(lines[1]).toContain(`"${emails[0]}","pending"`);
  expect(lines[1]).toContain(`"failed","'=cmd|calc"`);
});

test('a link to one invitation shows that row, highlighted and focused, or says what became of it', async ({
  page,
  request,
}) => {
  const admin = await TestApi.logIn(request);
  const { emails, ids } = await batchOf('deeplink', ['a-open', 'b-accepted', 'c-deleted']);
  const joiner = await createMember(ACME.number, { email: emails[1], name: 'Jonas Joined' });
  await sql('UPDATE invitations SET accepted_at = now(), accepted_by = $2 WHERE id = $1', [ids[1], joiner.userId]);
  await admin.deleteInvitation(ACME.number, ids[2]);

  await logIn(page, ADMIN);
  await page.goto(`/c/${ACME.number}/users?tab=invitations&invitation=${ids[0]}`);
  await expect(page.getByText('Showing one invitation')).toBeVisible();
  await expect(addressesIn(page)).toHaveText([emails[0]]);
  const row = tableOf(page).locator('tbody tr');
  await expect(row).toHaveClass(/is-highlighted/);
  await expect(row).toBeFocused();
  // One row: nothing to sort.
  await expect(tableOf(page).getByRole('columnheader').getByRole('button')).toHaveCount(0);
  await expectAccessible(page);
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/deep-link-open.png` });
  await page.getByRole('button', { name: 'Show all' }).click();
  await expect(page).not.toHaveURL(/invitation=/);
  await expect(page.getByLabel('Delivery')).toBeVisible();

  await page.goto(`/c/${ACME.number}/users?tab=invitations&invitation=${ids[1]}`);
  await expect(
    page.getByText(`The invitation to ${emails[1]} has been accepted: Jonas Joined is a member now.`),
  ).toBeVisible();
  await expect(page.getByRole('link', { name: 'Show Jonas Joined' })).toHaveAttribute(
    'href',
    new RegExp(`/users\\?user=${joiner.userId}$`),
  );
  await expectAccessible(page);
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/deep-link-accepted.png` });

  await page.goto(`/c/${ACME.number}/users?tab=invitations&invitation=${ids[2]}`);
  await expect(page.getByText(`The invitation to ${emails[2]} has been deleted or revoked.`)).toBeVisible();
  await page.getByRole('link', { name: 'Show it among the revoked invitations' }).click();
  await expect(page).toHaveURL(/status=revoked/);
  await expect(addressesIn(page)).toHaveText([emails[2]]);

  await page.goto(`/c/${ACME.number}/users?tab=invitations&invitation=00000000-0000-4000-8000-000000000000`);
  await expect(page.getByText('This invitation no longer exists.')).toBeVisible();
});

test('the table fits a 1280 × 800 screen with every column in view, in English and German', async ({ page }) => {
  const { batch, ids } = await batchOf('fits', ['a-someone.with.a.rather.long.name', 'b-short', 'c-third']);
  await changeInvitation(ids[0], { failedWith: '550 5.1.1 The email account that you tried to reach does not exist' });
  await changeInvitation(ids[1], { expired: true, renewalRequested: true });
  await sql(
    `INSERT INTO invitation_roles (invitation_id, tenant_id, role_id)
     SELECT i.id, i.tenant_id, r.id FROM invitations i JOIN roles r ON r.tenant_id = i.tenant_id
      WHERE i.id = $1 AND r.name IN ('Administrator', 'Buyer')`,
    [ids[2]],
  );
  const german = await createMember(ACME.number, {
    email: `${batch}-admin@example.com`,
    name: 'Greta Grün',
    roles: ['Administrator'],
  });
  await sql(`UPDATE users SET language = 'de' WHERE id = $1`, [german.userId]);

  await page.setViewportSize({ width: 1280, height: 800 });
  for (const [who, language] of [
    [ADMIN, 'en'],
    [german.email, 'de'],
  ] as const) {
    await page.context().clearCookies();
    await page.goto('/login');
    await logIn(page, who);
    await page.goto(`/c/${ACME.number}/users?tab=invitations&q=${batch}`);
    await expect(addressesIn(page)).toHaveCount(3);
    await tableOf(page).locator('tbody tr').first().getByRole('checkbox').check();
    const fit = await tableOf(page).evaluate((table) => {
      const box = table.parentElement!;
      const edge = box.getBoundingClientRect().right;
      return {
        widths: [...table.querySelectorAll('thead th')]
          .map((th) => `${th.textContent}:${Math.round(th.getBoundingClientRect().width)}`)
          .join(' | '),
        scrollWidth: box.scrollWidth,
        clientWidth: box.clientWidth,
        cutHeaders: [...table.querySelectorAll('thead th')]
          .filter((th) => th.getBoundingClientRect().right > edge + 0.5 || th.scrollWidth > th.clientWidth + 1)
          .map((th) => th.textContent),
      };
    });
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/table-1280-${language}.png`, fullPage: true });
    expect(fit.scrollWidth, `table width in ${language}: ${fit.widths}`).toBeLessThanOrEqual(fit.clientWidth);
    expect(fit.cutHeaders, `headers cut off in ${language}`).toEqual([]);
  }
});

test('selecting rows: a checkbox per row named by its address, one for the page, cleared by a new filter', async ({
  page,
}) => {
  const { batch, emails } = await batchOf('select', ['a-anna', 'b-bert']);
  await logIn(page, ADMIN);
  await page.goto(`/c/${ACME.number}/users?tab=invitations&q=${batch}`);
  await page.getByRole('checkbox', { name: `Select ${emails[0]}` }).check();
  await expect(page.getByText('1 selected')).toBeVisible();
  await page.getByRole('checkbox', { name: 'Select all on this page' }).check();
  await expect(page.getByText('2 selected')).toBeVisible();
  await expect(page.getByRole('checkbox', { name: `Select ${emails[1]}` })).toBeChecked();
  await expectAccessible(page);
  await page.getByLabel('Delivery').selectOption('sent');
  await expect(page.getByText(/selected$/)).toHaveCount(0);
  await expect(page.getByRole('checkbox', { name: `Select ${emails[0]}` })).not.toBeChecked();
});
