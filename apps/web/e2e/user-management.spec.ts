import { TestApi, uniqueEmail } from './support/api';
import { ACME, ADMIN, BETA, BUYER } from './support/demo';
import { expectAccessible } from './support/accessibility';
import { expect, test } from './support/fixtures';
import { logIn } from './support/login';

test('admins reach User Management from the sidebar; its tabs live in the URL', async ({ page }) => {
  await logIn(page, ADMIN);
  await page.getByRole('link', { name: new RegExp(BETA.name) }).click();
  const sidebar = page.getByRole('navigation', { name: 'Main' });
  await sidebar.getByRole('link', { name: 'User Management' }).click();
  await expect(page).toHaveURL(`/c/${BETA.number}/users`);
  await expect(page.getByRole('heading', { level: 1, name: 'User Management' })).toBeFocused();
  await expect(page).toHaveTitle('User Management · CloudHub');

  const users = page.getByRole('tab', { name: 'Users' });
  const invitations = page.getByRole('tab', { name: 'Invitations' });
  await expect(users).toHaveAttribute('aria-selected', 'true');
  const members = page.getByRole('table', { name: `Members of ${BETA.name}` });
  await expect(members.getByRole('row', { name: /Alex Admin/ })).toContainText('admin@example.com');
  await expect(members.getByRole('columnheader')).toHaveText(['Name', 'E-mail address', 'Roles', 'Joined', 'Actions']);
  await expectAccessible(page);

  // Arrow keys move between the tabs, as in any tab list.
  await users.focus();
  await page.keyboard.press('ArrowRight');
  await expect(invitations).toBeFocused();
  await expect(invitations).toHaveAttribute('aria-selected', 'true');
  await expect(page).toHaveURL(`/c/${BETA.number}/users?tab=invitations`);
  await expect(page.getByRole('tabpanel', { name: 'Invitations' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('tab', { name: 'Invitations' })).toHaveAttribute('aria-selected', 'true');
  await users.click();
  await expect(page).toHaveURL(`/c/${BETA.number}/users`);
});

test('the members table searches by name or address', async ({ page }) => {
  await logIn(page, ADMIN);
  await page.goto(`/c/${ACME.number}/users`);
  const table = page.getByRole('table', { name: `Members of ${ACME.name}` });
  await expect(table.getByRole('row', { name: /Bea Buyer/ })).toBeVisible();
  const search = page.getByRole('searchbox', { name: 'Search members' });
  await search.fill('newcomer@');
  await expect(page).toHaveURL(/q=newcomer%40/);
  // The search goes into the URL without taking the focus from the box.
  await expect(search).toBeFocused();
  await expect(table.getByRole('row')).toHaveCount(2);
  await expect(table.getByRole('row').nth(1)).toContainText('Nico Newcomer');
  await search.fill('nobody-like-this');
  await expect(page.getByText('No member matches “nobody-like-this”.')).toBeVisible();
});

test('members who are not admins see no User Management, and get the no-access page and 403', async ({
  page,
  request,
}) => {
  await logIn(page, BUYER);
  const sidebar = page.getByRole('navigation', { name: 'Main' });
  await expect(sidebar.getByRole('link', { name: 'Orders' })).toBeVisible();
  await expect(sidebar.getByRole('link', { name: 'User Management' })).toHaveCount(0);
  for (const path of ['users', 'roles']) {
    await page.goto(`/c/${ACME.number}/${path}`);
    await expect(page.getByRole('heading', { level: 1, name: 'No access to User Management' })).toBeVisible();
  }
  await expectAccessible(page);

  const buyer = await TestApi.logIn(request, BUYER);
  expect(await buyer.status('get', ACME.number, 'members')).toBe(403);
  expect(await buyer.status('get', ACME.number, 'invitations')).toBe(403);
});

test('User Management fits 375 pixels: the tables become cards, nothing scrolls sideways', async ({
  page,
  request,
}) => {
  const admin = await TestApi.logIn(request);
  const invitation = await admin.invite(ACME.number, uniqueEmail('narrow-screen'));
  await page.setViewportSize({ width: 375, height: 800 });
  await logIn(page, ADMIN);
  for (const path of ['users', 'users?tab=invitations', 'roles']) {
    await page.goto(`/c/${ACME.number}/${path}`);
    await expect(page.getByRole('table')).toBeVisible();
    const scrollsSideways = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
    expect(scrollsSideways, path).toBe(false);
    await expectAccessible(page);
  }
  await admin.deleteInvitation(ACME.number, invitation.id);
});
