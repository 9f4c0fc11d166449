import { TestApi, uniqueEmail } from './support/api';
import { createMember } from './support/database';
import { ACME, ADMIN, BETA } from './support/demo';
import { expectAccessible } from './support/accessibility';
import { expect, test } from './support/fixtures';
import { logIn } from './support/login';

// Each test makes its own member, so that no other test sees its changes. Beta Logistics must keep the
// demo admin as its only admin (the last-admin tests rely on it): a second admin is made in Acme only.

test("edits a member's roles", async ({ page, request }) => {
  const admin = await TestApi.logIn(request);
  const member = await createMember(BETA.number, { email: uniqueEmail('edit-roles'), name: 'Eddie Edit' });
  await logIn(page, ADMIN);
  await page.goto(`/c/${BETA.number}/users?q=${encodeURIComponent(member.email)}`);
  const row = page.getByRole('row', { name: /Eddie Edit/ });
  await expect(row).toContainText('No roles (restricted)');

  const editButton = row.getByRole('button', { name: 'Edit roles' });
  await expect(editButton).toHaveAccessibleDescription('Eddie Edit');
  await editButton.click();
  const dialog = page.getByRole('dialog', { name: 'Roles of Eddie Edit' });
  await expect(dialog.getByRole('group', { name: 'Roles' })).toBeVisible();
  await dialog.getByRole('checkbox', { name: 'Buyer' }).check();
  await dialog.getByRole('checkbox', { name: 'Technician' }).check();
  await expect(dialog.getByText('With these roles: Orders, Invoices, Devices, Documents.')).toBeVisible();
  await expectAccessible(page);
  await dialog.getByRole('button', { name: 'Save roles' }).click();
  await expect(dialog).toBeHidden();
  await expect(editButton).toBeFocused();
  await expect(row).toContainText('Buyer, Technician');
  await expect(page.getByText('The roles of Eddie Edit have been changed.', { exact: false })).toBeVisible();
  expect((await admin.members(BETA.number, member.email))[0]?.roles.map((role) => role.name).sort()).toEqual([
    'Buyer',
    'Technician',
  ]);
});

test('removes a member after a confirmation, and their access ends at once', async ({ page, request }) => {
  const admin = await TestApi.logIn(request);
  const member = await createMember(BETA.number, {
    email: uniqueEmail('remove'),
    name: 'Remy Remove',
    roles: ['Buyer'],
  });
  const removed = await TestApi.logIn(request, member.email, member.password);
  expect(await removed.status('get', BETA.number, 'orders')).toBe(200);

  await logIn(page, ADMIN);
  await page.goto(`/c/${BETA.number}/users?q=${encodeURIComponent(member.email)}`);
  const row = page.getByRole('row', { name: /Remy Remove/ });
  await row.getByRole('button', { name: 'Remove' }).click();
  const dialog = page.getByRole('dialog', { name: 'Remove Remy Remove?' });
  await expect(dialog).toHaveAccessibleDescription(new RegExp(`will lose access to ${BETA.name} at once`));
  await expectAccessible(page);
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(row).toBeVisible();

  await row.getByRole('button', { name: 'Remove' }).click();
  await dialog.getByRole('button', { name: 'Remove member' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText(`Remy Remove no longer has access to ${BETA.name}.`)).toBeVisible();
  await expect(row).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Invite user' })).toBeFocused();
  expect(await admin.members(BETA.number, member.email)).toEqual([]);
  // The same access token, refused on its very next request.
  expect(await removed.status('get', BETA.number, 'orders')).toBe(404);
});

test('the last admin can neither be removed nor lose the admin role', async ({ page }) => {
  await logIn(page, ADMIN);
  await page.goto(`/c/${BETA.number}/users?q=admin%40example.com`);
  const row = page.getByRole('row', { name: /Alex Admin/ });
  await expect(row).toContainText('Admin');
  await expect(row).toContainText('You');

  await row.getByRole('button', { name: 'Remove' }).click();
  const remove = page.getByRole('dialog', { name: 'Remove Alex Admin?' });
  await expect(remove).toContainText(`You will lose access to ${BETA.name} at once.`);
  await remove.getByRole('button', { name: 'Remove member' }).click();
  await expect(remove.getByRole('alert')).toHaveText(
    'This would leave the customer without an admin. Make someone else admin first.',
  );
  await page.keyboard.press('Escape');
  await expect(remove).toBeHidden();

  await row.getByRole('button', { name: 'Edit roles' }).click();
  const edit = page.getByRole('dialog', { name: 'Roles of Alex Admin' });
  await edit.getByRole('checkbox', { name: 'Administrator' }).uncheck();
  await expect(edit.getByText('You are taking your own admin rights away', { exact: false })).toBeVisible();
  await edit.getByRole('button', { name: 'Save roles' }).click();
  // Instead of a dead end, the dialog asks who takes over (successor.spec.ts hands over from here).
  await expect(edit).toContainText('You are the last administrator of this customer.');
  await expect(edit.getByRole('group', { name: 'New administrator' })).toBeVisible();
  await expectAccessible(page);
});

test('an admin who takes their own admin role away loses User Management at once', async ({ page }) => {
  // The demo admin stays admin of Acme, so this one is not the last.
  const member = await createMember(ACME.number, {
    email: uniqueEmail('second-admin'),
    name: 'Sasha Second',
    roles: ['Administrator'],
  });
  await logIn(page, member.email, member.password);
  await page.goto(`/c/${ACME.number}/users?q=${encodeURIComponent(member.email)}`);
  const sidebar = page.getByRole('navigation', { name: 'Main' });
  await expect(sidebar.getByRole('link', { name: 'User Management' })).toBeVisible();

  await page
    .getByRole('row', { name: /Sasha Second/ })
    .getByRole('button', { name: 'Edit roles' })
    .click();
  const dialog = page.getByRole('dialog', { name: 'Roles of Sasha Second' });
  await dialog.getByRole('checkbox', { name: 'Administrator' }).uncheck();
  await dialog.getByRole('checkbox', { name: 'Buyer' }).check();
  await dialog.getByRole('button', { name: 'Save roles' }).click();

  // No reload: the page and the sidebar follow the new rights.
  await expect(page.getByRole('heading', { level: 1, name: 'No access to User Management' })).toBeVisible();
  await expect(sidebar.getByRole('link', { name: 'User Management' })).toHaveCount(0);
  await expect(sidebar.getByRole('list', { name: 'Areas' }).getByRole('link')).toHaveText(['Orders', 'Invoices']);
});
