import { TestApi, uniqueEmail } from './support/api';
import { createMember } from './support/database';
import { ADMIN, BETA } from './support/demo';
import { expectAccessible } from './support/accessibility';
import { expect, test } from './support/fixtures';
import { logIn } from './support/login';

test('creates a role, edits its areas after seeing whom it affects, and deletes it', async ({ page, request }) => {
  const admin = await TestApi.logIn(request);
  const name = `Auditor ${Date.now().toString(36)}`;
  await logIn(page, ADMIN);
  await page.goto(`/c/${BETA.number}/roles`);
  await expect(page.getByRole('heading', { level: 1, name: 'Roles' })).toBeVisible();
  await expectAccessible(page);

  // Create
  const createButton = page.getByRole('button', { name: 'Create role' });
  await createButton.click();
  const dialog = page.getByRole('dialog', { name: 'Create role' });
  await expect(dialog).toHaveAttribute('aria-modal', 'true');
  await expect(dialog.getByLabel('Name')).toBeFocused();
  await expect(dialog.getByRole('checkbox', { name: 'Reports' })).toHaveAccessibleDescription(
    'See usage and cost reports.',
  );
  await expectAccessible(page);
  await dialog.getByRole('button', { name: 'Create role' }).click();
  await expect(dialog.getByLabel('Name')).toHaveAccessibleDescription('Enter a name for the role.');
  await dialog.getByLabel('Name').fill(name);
  await dialog.getByRole('checkbox', { name: 'Reports' }).check();
  await dialog.getByRole('button', { name: 'Create role' }).click();
  await expect(dialog).toBeHidden();
  await expect(createButton).toBeFocused();
  await expect(page.getByRole('status').filter({ hasText: `The role “${name}” has been created.` })).toBeVisible();
  const row = page.getByRole('row', { name: new RegExp(name) });
  await expect(row.getByRole('cell')).toHaveText(['Reports', '0', '0', /Edit/]);

  // One member and one open invitation with the role, so that the impact has something to count.
  const roleId = await admin.roleId(BETA.number, name);
  const member = await createMember(BETA.number, { email: uniqueEmail('auditor'), name: 'Rita Roles' });
  await admin.setMemberRoles(BETA.number, member.userId, [roleId]);
  const invitation = await admin.invite(BETA.number, uniqueEmail('auditor-invite'), [roleId]);
  await page.reload();
  await expect(row.getByRole('cell')).toHaveText(['Reports', '1', '1', /Edit/]);

  // Edit: a new area first shows whom the change affects.
  await row.getByRole('button', { name: 'Edit' }).click();
  const edit = page.getByRole('dialog', { name: `Edit role “${name}”` });
  await edit.getByRole('checkbox', { name: 'Documents' }).check();
  await edit.getByRole('button', { name: 'Continue' }).click();
  await expect(edit.getByText(`Change the areas of “${name}”?`)).toBeFocused();
  await expect(edit.getByText('Adds: Documents')).toBeVisible();
  await expect(edit.getByText('This affects 1 member (at once) and 1 open invitation (on acceptance).')).toBeVisible();
  await expectAccessible(page);
  await edit.getByRole('button', { name: 'Save changes' }).click();
  await expect(edit).toBeHidden();
  await expect(row.getByRole('cell').first()).toHaveText('DocumentsReports');

  // Delete: the same counts, then the role is gone from the table, the member and the invitation.
  await row.getByRole('button', { name: 'Delete' }).click();
  const remove = page.getByRole('dialog', { name: `Delete the role “${name}”?` });
  await expect(
    remove.getByText('This affects 1 member (at once) and 1 open invitation (on acceptance).'),
  ).toBeVisible();
  await expect(remove.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await expectAccessible(page);
  await remove.getByRole('button', { name: 'Delete role' }).click();
  await expect(remove).toBeHidden();
  await expect(page.getByRole('row', { name: new RegExp(name) })).toHaveCount(0);
  await expect(page.getByText(`The role “${name}” has been deleted.`)).toBeVisible();
  expect((await admin.members(BETA.number, member.email))[0]?.roles).toEqual([]);
  await admin.deleteInvitation(BETA.number, invitation.id);
});

test('a rename shows whom it affects before it saves; Back returns to the form', async ({ page, request }) => {
  const admin = await TestApi.logIn(request);
  const name = `Renamer ${Date.now().toString(36)}`;
  const newName = `${name} new`;
  const roleId = await admin.createRole(BETA.number, name, ['reports.read']);
  const member = await createMember(BETA.number, { email: uniqueEmail('renamer'), name: 'Rene Rename' });
  await admin.setMemberRoles(BETA.number, member.userId, [roleId]);
  const invitation = await admin.invite(BETA.number, uniqueEmail('renamer-invite'), [roleId]);
  await logIn(page, ADMIN);
  await page.goto(`/c/${BETA.number}/roles`);
  const row = page.getByRole('row', { name: new RegExp(`^${name}`) });
  await row.getByRole('button', { name: 'Edit' }).click();
  const edit = page.getByRole('dialog', { name: `Edit role “${name}”` });
  await edit.getByLabel('Name').fill(newName);
  // Nothing is saved yet: the dialog asks first, with the counts.
  let saved = false;
  page.on('request', (sent) => {
    if (sent.method() === 'PATCH' && sent.url().includes(`/roles/${roleId}`)) saved = true;
  });
  await edit.getByLabel('Name').press('Enter');
  const question = edit.getByText(`Rename “${name}” to “${newName}”?`);
  await expect(question).toBeFocused();
  await expect(edit.getByRole('group', { name: `Rename “${name}” to “${newName}”?` })).toHaveAccessibleDescription(
    'Renaming changes what 1 member and 1 open invitation show.',
  );
  await expect(edit.getByText('Renaming changes what 1 member and 1 open invitation show.')).toBeVisible();
  expect(saved).toBe(false);
  await expectAccessible(page);
  // Back keeps the new name in the form; Continue asks again; Save changes saves.
  await edit.getByRole('button', { name: 'Back' }).click();
  await expect(edit.getByLabel('Name')).toHaveValue(newName);
  await expect(edit.getByLabel('Name')).toBeFocused();
  await edit.getByRole('button', { name: 'Continue' }).click();
  await expect(question).toBeFocused();
  await edit.getByRole('button', { name: 'Save changes' }).click();
  await expect(edit).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: `The role “${newName}” has been saved.` })).toBeVisible();
  await expect(page.getByRole('row', { name: new RegExp(`^${newName}`) })).toBeVisible();
  await admin.deleteInvitation(BETA.number, invitation.id);
  await admin.deleteRole(BETA.number, roleId);
});

test('a taken name shows on the name field; Tab stays in the dialog, Esc closes it and focus returns', async ({
  page,
}) => {
  await logIn(page, ADMIN);
  await page.goto(`/c/${BETA.number}/roles`);
  const createButton = page.getByRole('button', { name: 'Create role' });
  await createButton.click();
  const dialog = page.getByRole('dialog', { name: 'Create role' });
  await dialog.getByLabel('Name').fill('  buyer ');
  await dialog.getByRole('button', { name: 'Create role' }).click();
  await expect(dialog.getByLabel('Name')).toHaveAccessibleDescription('This name is already taken. Choose another.');
  await expect(dialog.getByLabel('Name')).toBeFocused();
  // Tab stays inside the dialog: from its last control it wraps round to the first.
  await dialog.getByRole('button', { name: 'Create role' }).focus();
  await page.keyboard.press('Tab');
  await expect(dialog.getByRole('button', { name: 'Close' })).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(dialog.getByRole('button', { name: 'Create role' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(createButton).toBeFocused();
});

test('taking User Management from the last admin through the role is refused', async ({ page }) => {
  await logIn(page, ADMIN);
  await page.goto(`/c/${BETA.number}/roles`);
  await page
    .getByRole('row', { name: /^Administrator/ })
    .getByRole('button', { name: 'Edit' })
    .click();
  const dialog = page.getByRole('dialog', { name: 'Edit role “Administrator”' });
  await dialog.getByRole('checkbox', { name: 'User Management' }).uncheck();
  await dialog.getByRole('button', { name: 'Continue' }).click();
  await expect(dialog.getByText(/^This affects \d+ members? \(at once\)/)).toBeVisible();
  await dialog.getByRole('button', { name: 'Save changes' }).click();
  await expect(dialog.getByRole('alert')).toHaveText(
    'This would leave the customer without an admin. Make someone else admin first.',
  );
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(page.getByRole('row', { name: /^Administrator/ })).toContainText('User Management');
});
