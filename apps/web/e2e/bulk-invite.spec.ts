import type { Page } from '@playwright/test';
import { expectAccessible } from './support/accessibility';
import { TestApi, uniqueEmail } from './support/api';
import { ACME, ADMIN, BUYER } from './support/demo';
import { expect, test } from './support/fixtures';
import { mailsTo } from './support/joining';
import { logIn } from './support/login';

test.use({ viewport: { width: 1280, height: 800 } });

/** The invite dialog of Acme, switched to "Several addresses". */
async function openSeveral(page: Page, tab = 'Several addresses', title = 'Invite user') {
  await page.goto(`/c/${ACME.number}/users`);
  await page.getByRole('button', { name: title }).click();
  const dialog = page.getByRole('dialog', { name: title });
  await dialog.getByRole('tab', { name: tab }).click();
  return dialog;
}

/** The batch requests the page sends, in order. */
function recordBatches(page: Page): unknown[] {
  const bodies: unknown[] = [];
  void page.route('**/api/tenants/*/invitations/batch', (route) => {
    bodies.push(route.request().postDataJSON());
    return route.fallback();
  });
  return bodies;
}

test('a pasted list: the check shows each address, nothing goes out before Send', async ({
  page,
  request,
}, testInfo) => {
  const admin = await TestApi.logIn(request);
  const first = uniqueEmail('bulk-first');
  const second = uniqueEmail('bulk-second');
  const invited = uniqueEmail('bulk-invited');
  const open = await admin.invite(ACME.number, invited);
  const buyerRole = await admin.roleId(ACME.number, 'Buyer');
  await logIn(page, ADMIN);
  const dialog = await openSeveral(page);
  const bodies = recordBatches(page);

  // The tabs are keyboard-usable: arrows move between the two ways.
  const severalTab = dialog.getByRole('tab', { name: 'Several addresses' });
  await expect(severalTab).toHaveAttribute('aria-selected', 'true');
  await severalTab.press('ArrowLeft');
  await expect(dialog.getByRole('tab', { name: 'One address' })).toBeFocused();
  await expect(dialog.getByRole('textbox', { name: 'E-mail address', exact: true })).toBeVisible();
  await dialog.getByRole('tab', { name: 'One address' }).press('ArrowRight');

  const list = dialog.getByRole('textbox', { name: 'E-mail addresses' });
  await dialog.getByRole('button', { name: 'Check list' }).click();
  await expect(list).toHaveAccessibleDescription(/Enter or paste at least one e-mail address/);
  expect(bodies).toEqual([]);

  await list.fill(`${first}\n${second}, ${first.toUpperCase()};not-an-address\n\n${BUYER}\n ${invited} `);
  await dialog.getByRole('checkbox', { name: 'Buyer' }).check();
  await expectAccessible(page);
  await page.screenshot({ path: testInfo.outputPath('edit-en.png') });
  await dialog.getByRole('button', { name: 'Check list' }).click();

  const checked = dialog.getByRole('heading', { name: 'What will happen' });
  await expect(checked).toBeFocused();
  const summary =
    '2 addresses will be invited. 4 cannot: 1 duplicate, 1 not an e-mail address, 1 already a member, 1 already invited.';
  await expect(dialog.getByRole('status').filter({ hasText: summary })).toHaveCount(1);
  await expect(dialog.getByText('After sending:', { exact: false })).toBeVisible();
  const table = dialog.getByRole('table', { name: 'What will happen to each address' });
  await expect(table.getByRole('row', { name: new RegExp(`^${second}`) })).toContainText('Will be invited');
  await expect(table.getByRole('row', { name: new RegExp(first, 'i') }).nth(1)).toContainText(
    'DuplicateThis address is already in row 1.',
  );
  await expect(table.getByRole('row', { name: /not-an-address/ })).toContainText('The address has no @.');
  await expect(table.getByRole('row', { name: new RegExp(BUYER) })).toContainText(
    'This person is already a member of this customer.',
  );
  await expect(table.getByRole('row', { name: new RegExp(invited) })).toContainText('Already invited');
  await page.screenshot({ path: testInfo.outputPath('checked-en.png') });
  await expectAccessible(page);

  const rows = [first, second, first.toUpperCase(), 'not-an-address', BUYER, invited].map((email) => ({
    email,
    roleIds: [buyerRole],
  }));
  expect(bodies).toEqual([{ dryRun: true, rows }]);
  // Nothing was sent by the check.
  expect(await admin.invitations(ACME.number, first)).toEqual([]);
  expect(await admin.invitations(ACME.number, second)).toEqual([]);
  expect(await mailsTo(request, first)).toEqual([]);

  // The open invitation can be sent again from its row.
  await table
    .getByRole('row', { name: new RegExp(invited) })
    .getByRole('button', { name: 'Resend' })
    .click();
  await expect(table.getByRole('row', { name: new RegExp(invited) })).toContainText('Sent again.');
  await expect.poll(async () => (await admin.invitations(ACME.number, invited))[0]?.sendCount).toBe(2);

  await dialog.getByRole('button', { name: 'Send 2 invitations' }).click();
  const sent = dialog.getByRole('heading', { name: 'Invitations sent' });
  await expect(sent).toBeFocused();
  await expect(
    dialog.getByRole('status').filter({
      hasText:
        '2 invitations sent. 4 not sent: 1 duplicate, 1 not an e-mail address, 1 already a member, 1 already invited.',
    }),
  ).toHaveCount(1);
  const result = dialog.getByRole('table', { name: 'What happened to each address' });
  await expect(result.getByRole('row', { name: new RegExp(`^${first}`) })).toContainText('Invited');
  await expect(result.getByRole('row', { name: new RegExp(`^${second}`) })).toContainText('Invited');
  expect(bodies[1]).toEqual({ dryRun: false, rows });
  await page.screenshot({ path: testInfo.outputPath('sent-en.png') });
  await expectAccessible(page);

  // The invitations are in the list, and the e-mails arrive.
  await dialog.getByRole('button', { name: 'Go to invitations' }).click();
  await expect(dialog).toBeHidden();
  const invitations = page.getByRole('table', { name: /Open invitations of Acme Devices GmbH/ });
  await expect(invitations.getByRole('row', { name: new RegExp(first) })).toContainText('Buyer');
  await expect(invitations.getByRole('row', { name: new RegExp(second) })).toContainText('Buyer');
  for (const address of [first, second]) {
    await expect.poll(async () => (await mailsTo(request, address)).length, { timeout: 15_000 }).toBe(1);
  }
  for (const address of [first, second, invited]) {
    const [invitation] = await admin.invitations(ACME.number, address);
    if (invitation) await admin.deleteInvitation(ACME.number, invitation.id);
  }
  expect(open.id).toBeTruthy();
});

test('a CSV file: roles by name, an unknown role, and a file that cannot be read', async ({ page, request }) => {
  const admin = await TestApi.logIn(request);
  const known = uniqueEmail('bulk-csv-known');
  const unknown = uniqueEmail('bulk-csv-unknown');
  await logIn(page, ADMIN);
  const dialog = await openSeveral(page);
  const file = dialog.getByLabel('Or upload a CSV file');

  await file.setInputFiles({
    name: 'broken.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from('roles,language\nBuyer,de\n'),
  });
  await expect(file).toHaveAccessibleDescription(/The CSV file needs a header row with an email column\./);
  await expect(file).toHaveAttribute('aria-invalid', 'true');

  const csv = `\uFEFFemail,roles,language\r\n${known},Buyer,de\r\n\r\n"${unknown}","Buyer|Night shift",\r\n`;
  await file.setInputFiles({ name: 'team.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await expect(dialog.getByText('team.csv: 2 addresses.')).toBeVisible();
  await expect(dialog.getByRole('textbox', { name: 'E-mail addresses' })).toBeDisabled();
  await dialog.getByRole('button', { name: 'Check list' }).click();

  await expect(dialog.getByRole('heading', { name: 'What will happen' })).toBeFocused();
  const table = dialog.getByRole('table', { name: 'What will happen to each address' });
  await expect(table.getByRole('row', { name: new RegExp(known) })).toContainText('Will be invited');
  await expect(table.getByRole('row', { name: new RegExp(unknown) })).toContainText(
    'Unknown roleThis customer has no roles named: Night shift.',
  );
  await expectAccessible(page);

  await dialog.getByRole('button', { name: 'Send 1 invitation' }).click();
  await expect(dialog.getByRole('heading', { name: 'Invitations sent' })).toBeFocused();
  await expect(
    dialog.getByRole('status').filter({ hasText: '1 invitation sent. 1 not sent: 1 with an unknown role.' }),
  ).toHaveCount(1);
  expect(await admin.invitations(ACME.number, unknown)).toEqual([]);
  const [invitation] = await admin.invitations(ACME.number, known);
  expect(invitation).toMatchObject({
    email: known,
    language: 'de',
    roles: [expect.objectContaining({ name: 'Buyer' })],
  });
  await expect.poll(async () => (await mailsTo(request, known)).length, { timeout: 15_000 }).toBe(1);
  if (invitation) await admin.deleteInvitation(ACME.number, invitation.id);
});

test('reads in German', async ({ page }, testInfo) => {
  await page.route('**/api/me', async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, json: { ...(await response.json()), language: 'de' } });
  });
  await logIn(page, ADMIN);
  const dialog = await openSeveral(page, 'Mehrere Adressen', 'Benutzer einladen');
  await dialog
    .getByRole('textbox', { name: 'E-Mail-Adressen' })
    .fill(`${uniqueEmail('bulk-de')}; keine-adresse\n${BUYER}`);
  await dialog.getByRole('button', { name: 'Liste prüfen' }).click();
  await expect(dialog.getByRole('heading', { name: 'Was passieren wird' })).toBeFocused();
  await expect(
    dialog.getByRole('status').filter({
      hasText: '1 Adresse wird eingeladen. 2 nicht möglich: 1 keine E-Mail-Adresse, 1 bereits Mitglied.',
    }),
  ).toHaveCount(1);
  const table = dialog.getByRole('table', { name: 'Was mit jeder Adresse passieren wird' });
  await expect(table.getByRole('row', { name: /keine-adresse/ })).toContainText(
    'Keine E-Mail-AdresseDer Adresse fehlt das @.',
  );
  await expect(dialog.getByRole('button', { name: '1 Einladung senden' })).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('checked-de.png') });
  await expectAccessible(page);
});
