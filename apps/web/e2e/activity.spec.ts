import type { APIRequestContext, Page } from '@playwright/test';
import { join } from 'node:path';
import { TestApi, uniqueEmail } from './support/api';
import { createMember } from './support/database';
import { ACME, ADMIN, DEMO_PASSWORD } from './support/demo';
import { expectAccessible } from './support/accessibility';
import { expect, test } from './support/fixtures';
import { logIn } from './support/login';

// Every action here goes through the API or the UI, so the log holds what the product really records. Other
// specs act on Acme at the same time: each test names its own people and filters the log down to them. Acme
// must keep one admin for the restricted-mode spec: a second admin lives only for a moment here.

const PAGE_SIZE = 25;

/** With `E2E_SHOTS_DIR` set, a 1280×800 screenshot of the page for a person to look at. */
async function shot(page: Page, name: string, size = { width: 1280, height: 800 }): Promise<void> {
  const dir = process.env.E2E_SHOTS_DIR;
  if (!dir) return;
  const before = page.viewportSize();
  await page.setViewportSize(size);
  await page.mouse.move(0, 0);
  await page.screenshot({ path: join(dir, `${name}.png`) });
  if (before) await page.setViewportSize(before);
}

const tag = () => Math.random().toString(36).slice(2, 7);

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const activityLog = (page: Page) => page.getByRole('list', { name: `Activity in ${ACME.name}, newest first` });

/** The demo admin removes a member through the API, as the Remove button does. */
async function removeMember(request: APIRequestContext, tenantId: string, userId: string): Promise<void> {
  const login = await request.post('/api/auth/login', { data: { email: ADMIN, password: DEMO_PASSWORD } });
  const headers = { Authorization: `Bearer ${(await login.json()).accessToken}` };
  const removed = await request.delete(`/api/tenants/${tenantId}/members/${userId}`, { headers });
  expect(removed.status(), await removed.text()).toBe(204);
}

/** The browser sees the logged-in account as German-speaking (the account itself stays as it is). */
async function readInGerman(page: Page): Promise<void> {
  await page.route('**/api/me', async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, json: { ...(await response.json()), language: 'de' } });
  });
}

test('lists real actions as sentences; a name filters the log; a revoked invitation is reopened from its entry', async ({
  page,
  request,
}) => {
  const admin = await TestApi.logIn(request);
  const anna = await createMember(ACME.number, {
    email: uniqueEmail('anna'),
    name: `Anna Activity ${tag()}`,
    roles: ['Administrator'],
  });
  const annaApi = await TestApi.logIn(request, anna.email, anna.password);
  const invitee = uniqueEmail('alt');
  const invitation = await annaApi.invite(ACME.number, invitee, [await admin.roleId(ACME.number, 'Buyer')]);
  // Anna is removed: the invitation she sent ends with her authority.
  await removeMember(request, admin.tenantId(ACME.number), anna.userId);

  await logIn(page, ADMIN);
  await page.goto(`/c/${ACME.number}/users`);
  await page.getByRole('tab', { name: 'Activity' }).click();
  await expect(page).toHaveURL(`/c/${ACME.number}/users?tab=activity`);
  const log = activityLog(page);
  const invited = log.getByRole('listitem').filter({ hasText: `${anna.name} invited ${invitee} (Buyer)` });
  await expect(invited).toBeVisible();
  // The inviter is named when her own entries are on the page too; the reason is there in any case.
  await expect(log.getByRole('listitem').filter({ hasText: `revoked the invitation for ${invitee}` })).toContainText(
    new RegExp(`CloudHub revoked the invitation for ${escape(invitee)} because .+ was removed`),
  );
  await expectAccessible(page);
  await shot(page, 'activity-en');
  await shot(page, 'activity-en-phone', { width: 375, height: 800 });

  // A click on a name shows only what that person did; the filter is a chip and part of the address.
  await invited.getByRole('button', { name: anna.name }).click();
  await expect(page).toHaveURL(new RegExp(`tab=activity&actor=${anna.userId}$`));
  const chips = page.getByRole('group', { name: 'Active filters' });
  await expect(chips).toBeFocused();
  await expect(chips.getByRole('button')).toHaveText([`By: ${anna.name}`]);
  const entries = log.getByRole('listitem');
  await expect(entries).toHaveCount(2);
  await expect(entries.locator('.activity-entry__sentence').first()).toHaveText(
    `${anna.name} invited ${invitee} (Buyer)`,
  );
  // Her login through the API, with the client address the suite gives each test.
  await expect(entries.nth(1)).toContainText(`${anna.name} logged in from a new device`);
  await expect(entries.nth(1)).toContainText(/IP address 10\.\d+\.\d+\.\d+/);
  const time = entries.nth(1).locator('time');
  await expect(time).toHaveText(/^(now|\d+ minutes? ago)$/);
  await expect(time).toHaveAttribute('title', /\d{4}/);
  await expect(page.getByRole('status').filter({ hasText: /^2 entries shown\.$/ })).toBeAttached();

  // The kind narrows it further, and the live region says how many are left.
  await page.getByRole('combobox', { name: 'Kind' }).selectOption('login');
  await expect(page).toHaveURL(/kind=login/);
  await expect(entries).toHaveCount(1);
  await expect(page.getByRole('status').filter({ hasText: /^1 entry shown\.$/ })).toBeAttached();
  await expect(chips.getByRole('button', { name: /^Remove filter/ })).toHaveText(['Kind: Logins', `By: ${anna.name}`]);
  await page.reload();
  await expect(entries).toHaveCount(1);
  await expect(page.getByRole('combobox', { name: 'Kind' })).toHaveValue('login');
  await page.getByRole('button', { name: `Remove filter By: ${anna.name}` }).click();
  await expect(page).toHaveURL(/tab=activity&kind=login$/);
  await page.getByRole('button', { name: 'Remove filter Kind: Logins' }).click();
  await expect(page).toHaveURL(/tab=activity$/);
  await expect(page.getByRole('combobox', { name: 'Kind' })).toBeFocused();

  // The invitation's own story: its entries name Anna, so the revocation says why by name.
  await invited.getByRole('button', { name: invitee }).click();
  await expect(page).toHaveURL(new RegExp(`tab=activity&target=${invitation.id}$`));
  await expect(chips.getByRole('button')).toHaveText([`About: ${invitee}`]);
  await expect(entries.locator('.activity-entry__sentence')).toHaveText([
    `CloudHub revoked the invitation for ${invitee} because ${anna.name} was removed`,
    `${anna.name} invited ${invitee} (Buyer)`,
  ]);
  await expectAccessible(page);

  // The entry leads to the invitation among the revoked ones, which says who revoked it and why.
  await entries
    .first()
    .getByRole('link', { name: `View invitation for ${invitee}` })
    .click();
  await expect(page).toHaveURL(
    `/c/${ACME.number}/users?tab=invitations&status=revoked&q=${encodeURIComponent(invitee)}`,
  );
  await expect(page.getByRole('tab', { name: 'Invitations' })).toBeFocused();
  await expect(page.getByLabel('Status')).toHaveValue('revoked');
  const row = page
    .getByRole('table', { name: `Revoked invitations of ${ACME.name}, newest first` })
    .getByRole('row', { name: new RegExp(invitee) });
  await expect(row.getByRole('cell')).toHaveText([
    'Buyer',
    anna.name,
    new RegExp(`^Revoked\\s*Revoked automatically: ${anna.name} was removed`),
    'Resend',
  ]);
  await expectAccessible(page);
  await shot(page, 'revoked-invitations');

  // Resend opens it again under the admin who sends it.
  await row.getByRole('button', { name: 'Resend' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: `The invitation to ${invitee} is open again, under your name` }),
  ).toBeVisible();
  await expect(row).toHaveCount(0);
  await expect(page.getByText('No revoked invitation matches this filter.')).toBeVisible();
  await page.getByLabel('Status').selectOption('');
  await expect(page.getByRole('row', { name: new RegExp(invitee) })).toContainText('Alex Admin');
  await expect(page.getByRole('row', { name: new RegExp(invitee) })).toContainText('Pending');

  await page.goto(`/c/${ACME.number}/users?tab=activity&target=${invitation.id}`);
  await expect(entries.first().locator('.activity-entry__sentence')).toHaveText(
    `Alex Admin reopened the revoked invitation for ${invitee} and sent a new link`,
  );
  await admin.deleteInvitation(ACME.number, invitation.id);
});

test('an entry links to the member it names, and reads in German', async ({ page, request }) => {
  const admin = await TestApi.logIn(request);
  const carla = await createMember(ACME.number, {
    email: uniqueEmail('carla'),
    name: `Carla Clerk ${tag()}`,
    roles: ['Buyer'],
  });
  const roles = await Promise.all(['Buyer', 'Controller'].map((name) => admin.roleId(ACME.number, name)));
  await admin.setMemberRoles(ACME.number, carla.userId, roles);

  await logIn(page, ADMIN);
  await page.goto(`/c/${ACME.number}/users?tab=activity&target=${carla.userId}`);
  const entries = activityLog(page).getByRole('listitem');
  await expect(entries.locator('.activity-entry__sentence')).toHaveText([
    `Alex Admin changed the roles of ${carla.email} from Buyer to Buyer, Controller`,
  ]);
  await shot(page, 'activity-en-filtered');
  await entries.getByRole('link', { name: `View member ${carla.email}` }).click();
  await expect(page).toHaveURL(`/c/${ACME.number}/users?user=${carla.userId}`);
  await expect(page.getByRole('tab', { name: 'Users' })).toHaveAttribute('aria-selected', 'true');
  const carlasRow = page.getByRole('row', { name: new RegExp(carla.name) });
  await expect(carlasRow).toContainText('Buyer, Controller');
  await expect(carlasRow).toBeFocused();

  // An admin who reads German sees the same entry in German.
  await readInGerman(page);
  await page.goto(`/c/${ACME.number}/users?tab=activity&target=${carla.userId}`);
  await expect(page.getByRole('tab', { name: 'Aktivität' })).toHaveAttribute('aria-selected', 'true');
  await expect(
    page
      .getByRole('list', { name: `Aktivität bei ${ACME.name}, neueste zuerst` })
      .getByRole('listitem')
      .locator('.activity-entry__sentence'),
  ).toHaveText([`Alex Admin hat die Rollen von ${carla.email} von Buyer in Buyer, Controller geändert`]);
  await expect(page.getByRole('button', { name: `Filter Betrifft: ${carla.email} entfernen` })).toBeVisible();
  await expectAccessible(page);
  await page.goto(`/c/${ACME.number}/users?tab=activity`);
  await expect(page.getByRole('list', { name: `Aktivität bei ${ACME.name}, neueste zuerst` })).toBeVisible();
  await shot(page, 'activity-de');
});

test('pages through a long log with Load more', async ({ page, request }) => {
  const admin = await TestApi.logIn(request);
  const member = await createMember(ACME.number, { email: uniqueEmail('many-changes'), name: `Max Many ${tag()}` });
  const [buyer, technician] = await Promise.all(['Buyer', 'Technician'].map((name) => admin.roleId(ACME.number, name)));
  for (let change = 0; change < PAGE_SIZE + 1; change += 1) {
    await admin.setMemberRoles(ACME.number, member.userId, change % 2 === 0 ? [buyer] : [buyer, technician]);
  }

  await logIn(page, ADMIN);
  await page.goto(`/c/${ACME.number}/users?tab=activity&target=${member.userId}`);
  const entries = activityLog(page).getByRole('listitem');
  await expect(entries).toHaveCount(PAGE_SIZE);
  // Newest first: the last change added Technician, as did the one before the one before.
  await expect(entries.first()).toContainText('from Buyer to Buyer, Technician');
  await expect(entries.last()).toContainText('from Buyer to Buyer, Technician');
  await expect(page.getByText(`Showing ${PAGE_SIZE} entries; there are more.`)).toBeVisible();
  await page.getByRole('button', { name: 'Load more' }).click();
  await expect(entries).toHaveCount(PAGE_SIZE + 1);
  await expect(entries.last()).toContainText('from no roles to Buyer');
  await expect(page.getByText(`All ${PAGE_SIZE + 1} entries shown.`)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Load more' })).toHaveCount(0);

  // A filter that matches nothing says so, in the page and to screen readers.
  await page.getByRole('combobox', { name: 'Kind' }).selectOption('session');
  await expect(page.getByText('No activity matches these filters.')).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'No entries match these filters.' })).toBeAttached();
});

test('reopening a revoked invitation whose address was invited again says so', async ({ page, request }) => {
  const admin = await TestApi.logIn(request);
  const address = uniqueEmail('invited-again');
  const first = await admin.invite(ACME.number, address);
  await admin.deleteInvitation(ACME.number, first.id);
  const second = await admin.invite(ACME.number, address);

  await logIn(page, ADMIN);
  await page.goto(`/c/${ACME.number}/users?tab=invitations`);
  await page.getByLabel('Status').selectOption('revoked');
  await expect(page).toHaveURL(/tab=invitations&status=revoked/);
  await page.getByRole('searchbox', { name: 'Search by e-mail address' }).fill(address);
  const row = page.getByRole('row', { name: new RegExp(address) });
  await expect(row).toContainText('Deleted by Alex Admin');
  const resend = row.getByRole('button', { name: 'Resend' });
  await expect(resend).toHaveAccessibleDescription(`${address} Deleted by Alex Admin`);
  await resend.click();
  const alert = page.getByRole('alert');
  await expect(alert).toContainText(
    `${address} has been invited again meanwhile. Resend that open invitation instead.`,
  );
  await alert.getByRole('link', { name: 'Show the open invitation' }).click();
  await expect(page).toHaveURL(`/c/${ACME.number}/users?tab=invitations&q=${encodeURIComponent(address)}`);
  await expect(page.getByRole('tab', { name: 'Invitations' })).toBeFocused();
  await expect(alert).toHaveCount(0);
  await expect(page.getByRole('row', { name: new RegExp(address) })).toContainText('Pending');
  await admin.deleteInvitation(ACME.number, second.id);
});
