import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { TestApi, uniqueEmail } from './support/api';
import { expectAccessible } from './support/accessibility';
import { createMember, type TestMember } from './support/database';
import { ACME, ADMIN } from './support/demo';
import { expect, test } from './support/fixtures';
import { mailsTo } from './support/joining';
import { logIn } from './support/login';

// Every test makes its own members under a name no other test uses, and searches for it: the demo customers'
// other members come and go as other specs run. Only Acme is used; none of these members is an admin.

/** A word that starts every name of one test, so that a search shows only that test's members. */
const uniqueWord = () => `Mt${Math.random().toString(36).slice(2, 8)}`;

async function members(names: string[], roles: string[] = []): Promise<TestMember[]> {
  const made: TestMember[] = [];
  // One after the other: the joining order is part of what the tests check.
  for (const name of names) made.push(await createMember(ACME.number, { email: uniqueEmail('table'), name, roles }));
  return made;
}

const usersTab = (page: Page, query: string) => page.goto(`/c/${ACME.number}/users?${query}`);
const names = (page: Page) => page.getByRole('table').getByRole('rowheader').allInnerTexts();
const firstLines = (texts: string[]) => texts.map((text) => text.split('\n')[0]);

test('filters by role and by no role, with the counts in the filter, announced', async ({ page, request }) => {
  const admin = await TestApi.logIn(request);
  const word = uniqueWord();
  const role = `Filter ${word}`;
  await admin.createRole(ACME.number, role, ['orders.read']);
  const empty = `Empty ${word}`;
  await admin.createRole(ACME.number, empty, ['reports.read']);
  await members([`${word} Bea`, `${word} Ben`], [role]);
  await members([`${word} Rita`]);

  await logIn(page, ADMIN);
  await usersTab(page, `q=${word}`);
  const filter = page.getByLabel('Role', { exact: true });
  await expect(filter.locator('option', { hasText: `${role} (2)` })).toHaveCount(1);
  await expect(page.getByRole('status').filter({ hasText: 'members match' })).toHaveText('3 members match.');

  await filter.selectOption({ label: `${role} (2)` });
  await expect(page).toHaveURL(/role=[0-9a-f-]{36}/);
  await expect.poll(async () => firstLines(await names(page)).sort()).toEqual([`${word} Bea`, `${word} Ben`]);
  await expect(page.getByRole('status').filter({ hasText: 'match' })).toHaveText('2 members match.');

  await filter.selectOption({ label: 'No role – restricted (1)' });
  await expect(page).toHaveURL(/role=none/);
  await expect.poll(async () => firstLines(await names(page))).toEqual([`${word} Rita`]);
  await expect(page.getByRole('row', { name: new RegExp(`${word} Rita`) })).toContainText('No roles (restricted)');
  await expectAccessible(page);

  await filter.selectOption({ label: `${empty} (0)` });
  await expect(page.getByText(`No member matches both the role filter and “${word}”.`)).toBeVisible();
  await usersTab(page, `role=${await admin.roleId(ACME.number, empty)}`);
  await expect(page.getByText(`No member has the role “${empty}”.`)).toBeVisible();
  await page.getByRole('button', { name: 'Show all roles' }).click();
  await expect(page).not.toHaveURL(/role=/);
  await expect(page.getByRole('table')).toBeVisible();
});

test('sorts by name and by joining date from the keyboard', async ({ page }) => {
  const word = uniqueWord();
  // Joined in this order; by name (German dictionary order) Änne comes between Anna and Anton.
  await members([`${word} Zeta`, `${word} anna`, `${word} Änne`, `${word} Anton`]);
  await logIn(page, ADMIN);
  await usersTab(page, `q=${word}`);
  const table = page.getByRole('table');
  const joined = table.getByRole('columnheader', { name: 'Joined' });
  const name = table.getByRole('columnheader', { name: 'Name' });
  await expect(joined).toHaveAttribute('aria-sort', 'descending');
  await expect(name).toHaveAttribute('aria-sort', 'none');
  const newestFirst = [`${word} Anton`, `${word} Änne`, `${word} anna`, `${word} Zeta`];
  await expect.poll(async () => firstLines(await names(page))).toEqual(newestFirst);

  await name.getByRole('button').focus();
  await page.keyboard.press('Enter');
  await expect(name).toHaveAttribute('aria-sort', 'ascending');
  await expect(page).toHaveURL(/sort=name/);
  const byName = [`${word} anna`, `${word} Änne`, `${word} Anton`, `${word} Zeta`];
  await expect.poll(async () => firstLines(await names(page))).toEqual(byName);
  await expect(name.getByRole('button')).toBeFocused();
  await page.keyboard.press('Space');
  await expect(name).toHaveAttribute('aria-sort', 'descending');
  await expect.poll(async () => firstLines(await names(page))).toEqual([...byName].reverse());

  // E-mail address and Roles do not sort: the next stop is Joined.
  await page.keyboard.press('Tab');
  await expect(joined.getByRole('button')).toBeFocused();
  // A date sorts newest first on the first press, oldest first on the next.
  await page.keyboard.press('Enter');
  await expect(joined).toHaveAttribute('aria-sort', 'descending');
  await expect(name).toHaveAttribute('aria-sort', 'none');
  await expect.poll(async () => firstLines(await names(page))).toEqual(newestFirst);
  await page.keyboard.press('Enter');
  await expect(joined).toHaveAttribute('aria-sort', 'ascending');
  await expect.poll(async () => firstLines(await names(page))).toEqual([...newestFirst].reverse());
  await page.reload();
  await expect(table.getByRole('columnheader', { name: 'Joined' })).toHaveAttribute('aria-sort', 'ascending');
  await expectAccessible(page);
});

test('exports the filtered members as CSV', async ({ page, request }) => {
  const admin = await TestApi.logIn(request);
  const word = uniqueWord();
  const role = `Export ${word}`;
  await admin.createRole(ACME.number, role, ['invoices.read']);
  const [formula] = await members([`=${word}+1`], [role]);
  const [comma] = await members([`${word}, "Quoted"`], [role]);
  await members([`${word} Restricted`]);

  await logIn(page, ADMIN);
  await usersTab(page, `q=${word}&sort=name&role=${await admin.roleId(ACME.number, role)}`);
  await expect.poll(async () => (await names(page)).length).toBe(2);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export CSV' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(new RegExp(`^members-${ACME.number}-\\d{4}-\\d{2}-\\d{2}\\.csv$`));
  const csv = await readFile(await download.path(), 'utf8');
  const lines = csv
    .replace(/^\uFEFF/, '')
    .trimEnd()
    .split('\r\n');
  expect(lines[0]).toBe('"name","email","roles","joined","restricted"');
  expect(lines.slice(1)).toEqual([
    expect.stringMatching(new RegExp(`^"'=${word}\\+1","${formula?.email}","${role}","[^"]+","no"$`)),
    expect.stringMatching(new RegExp(`^"${word}, ""Quoted""","${comma?.email}","${role}","[^"]+","no"$`)),
  ]);
});

test('a link to a member shows that member, highlighted and focused; Show all brings the table back', async ({
  page,
}) => {
  const word = uniqueWord();
  const [linked] = await members([`${word} Linked`, `${word} Other`]);
  await logIn(page, ADMIN);
  await usersTab(page, `user=${linked?.userId}`);
  await expect(page.getByRole('group', { name: 'Link to one member' })).toContainText('Showing one member');
  const row = page.getByRole('row', { name: new RegExp(`${word} Linked`) });
  await expect(row).toBeFocused();
  await expect(row).toHaveClass(/is-highlighted/);
  await expect(page.getByRole('table').getByRole('row')).toHaveCount(2); // the header and the member
  await expectAccessible(page);

  await page.getByRole('button', { name: 'Show all' }).click();
  await expect(page).not.toHaveURL(/user=/);
  await expect(page.getByRole('button', { name: 'Export CSV' })).toBeVisible();
});

test('the access-request e-mail opens the member’s role editor; a gone member is named as gone', async ({
  page,
  request,
}) => {
  const word = uniqueWord();
  const [asking] = await members([`${word} Asking`]);
  if (!asking) throw new Error('no member');
  const member = await TestApi.logIn(request, asking.email, asking.password);
  expect(await member.status('post', ACME.number, 'access-requests')).toBe(202);
  let link: string | undefined;
  await expect
    .poll(
      async () => {
        const mail = (await mailsTo(request, ADMIN)).find((candidate) => candidate.text?.includes(asking.email));
        link = /\/c\/\d+\/users\?user=[0-9a-f-]+&edit=roles/.exec(mail?.text ?? '')?.[0];
        return link;
      },
      { timeout: 15_000, message: 'the access-request e-mail' },
    )
    .toBeDefined();

  await logIn(page, ADMIN);
  await page.goto(link ?? '');
  const dialog = page.getByRole('dialog', { name: `Roles of ${word} Asking` });
  await expect(dialog).toBeVisible();
  await expect(page).not.toHaveURL(/edit=roles/);
  await expectAccessible(page);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('row', { name: new RegExp(`${word} Asking`) })).toBeFocused();
  await page.reload();
  await expect(page.getByRole('row', { name: new RegExp(`${word} Asking`) })).toBeFocused();
  await expect(dialog).toBeHidden();

  // Removed from the linked row: the link now leads to someone who is gone.
  await page
    .getByRole('row', { name: new RegExp(`${word} Asking`) })
    .getByRole('button', { name: 'Remove' })
    .click();
  await page
    .getByRole('dialog', { name: `Remove ${word} Asking?` })
    .getByRole('button', { name: 'Remove member' })
    .click();
  await expect(page.getByText(`is no longer a member of ${ACME.name}`)).toBeVisible();
  await page.goto(link ?? '');
  await expect(page.getByText(`is no longer a member of ${ACME.name}`)).toBeVisible();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Show all' }).click();
  await expect(page).not.toHaveURL(/user=/);
});
