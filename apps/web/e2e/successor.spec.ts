import { uniqueEmail } from './support/api';
import { expectAccessible } from './support/accessibility';
import { createCustomer } from './support/customer';
import { createMember } from './support/database';
import { expect, test } from './support/fixtures';
import { mailsTo } from './support/joining';
import { logIn } from './support/login';

// Each test makes a customer of its own: the demo customers keep the demo admin as their only admin.

test('the last admin leaves by choosing who takes over; the successor is admin at once and is e-mailed', async ({
  page,
  request,
  browser,
}) => {
  const customer = await createCustomer('Gamma Freight GmbH', {
    email: uniqueEmail('last-admin'),
    name: 'Lana Last',
    language: 'en',
  });
  const successor = await createMember(customer.number, {
    email: uniqueEmail('successor'),
    name: 'Sam Successor',
    roles: ['Buyer'],
  });
  await createMember(customer.number, { email: uniqueEmail('bystander'), name: 'Bo Bystander', roles: ['Buyer'] });

  await logIn(page, customer.admin.email, customer.admin.password);
  await page.goto(`/c/${customer.number}/settings`);
  await page.getByRole('button', { name: 'Cancel access to a customer number' }).click();
  await page
    .getByRole('dialog', { name: 'Cancel access to a customer number' })
    .getByRole('button', { name: 'Continue' })
    .click();
  await page
    .getByRole('dialog', { name: `Cancel access to customer number ${customer.number}?` })
    .getByRole('button', { name: 'Cancel access' })
    .click();

  // The API refuses the last admin: instead of a dead end, the dialog asks who takes over.
  const handOver = page.getByRole('dialog', { name: `Who takes over ${customer.name}?` });
  await expect(handOver).toHaveAccessibleDescription(
    new RegExp(`You are the last administrator of ${customer.name} \\(customer number ${customer.number}\\)`),
  );
  const picker = handOver.getByRole('group', { name: 'New administrator' });
  const search = picker.getByRole('searchbox', { name: 'Search members' });
  await expect(search).toBeFocused();
  await expect(picker.getByRole('status')).toHaveText('2 members found.');
  await expect(picker.getByRole('radio')).toHaveCount(2);
  await expectAccessible(page);

  // Nobody chosen yet: said beside the picker, nothing sent.
  await handOver.getByRole('button', { name: 'Hand over and cancel access' }).click();
  await expect(picker).toContainText('Choose who takes over.');

  await search.fill('sam');
  await expect(picker.getByRole('status')).toHaveText('1 member found.');
  const sam = picker.getByRole('radio', { name: 'Sam Successor' });
  await expect(sam).toHaveAccessibleDescription(successor.email);
  await sam.press('Space');
  await expect(sam).toBeChecked();
  await expectAccessible(page);
  await handOver.getByRole('button', { name: 'Hand over and cancel access' }).click();

  await expect(page).toHaveURL('/customers');
  await expect(page.getByRole('heading', { level: 1, name: 'No customer access' })).toBeVisible();

  await expect
    .poll(async () => (await mailsTo(request, successor.email)).map((mail) => mail.subject), { timeout: 15_000 })
    .toContain(`You are now the administrator of ${customer.name} in CloudHub`);
  const [mail] = await mailsTo(request, successor.email);
  expect(mail.text).toContain(`“Lana Last” (${customer.admin.email}) made you the administrator of ${customer.name}`);
  expect(mail.text).toContain(`/c/${customer.number}/users`);

  // The successor, in a browser of their own, manages the users now.
  const successorContext = await browser.newContext();
  try {
    const successorPage = await successorContext.newPage();
    await logIn(successorPage, successor.email, successor.password);
    await successorPage.goto(`/c/${customer.number}/users`);
    const sidebar = successorPage.getByRole('navigation', { name: 'Main' });
    await expect(sidebar.getByRole('link', { name: 'User Management' })).toBeVisible();
    await expect(successorPage.getByRole('row', { name: /Sam Successor/ })).toContainText('Administrator');
    await expect(successorPage.getByRole('row', { name: /Lana Last/ })).toHaveCount(0);
  } finally {
    await successorContext.close();
  }
});

test('the last admin gives up the admin role by choosing a successor, in German', async ({ page, request }) => {
  const customer = await createCustomer('Delta Handel AG', {
    email: uniqueEmail('letzte-admin'),
    name: 'Lotte Letzte',
    language: 'de',
  });
  const successor = await createMember(customer.number, {
    email: uniqueEmail('nachfolge'),
    name: 'Nina Nachfolge',
    roles: ['Buyer'],
  });

  await logIn(page, customer.admin.email, customer.admin.password);
  await page.goto(`/c/${customer.number}/users?q=${encodeURIComponent(customer.admin.email)}`);
  await page
    .getByRole('row', { name: /Lotte Letzte/ })
    .getByRole('button', { name: 'Rollen bearbeiten' })
    .click();
  const dialog = page.getByRole('dialog', { name: 'Rollen von Lotte Letzte' });
  await dialog.getByRole('checkbox', { name: 'Administrator' }).uncheck();
  await dialog.getByRole('checkbox', { name: 'Buyer' }).check();
  await dialog.getByRole('button', { name: 'Rollen speichern' }).click();

  await expect(dialog).toContainText('Sie sind der letzte Administrator dieses Kunden.');
  const picker = dialog.getByRole('group', { name: 'Neuer Administrator' });
  await expect(picker.getByRole('status')).toHaveText('1 Mitglied gefunden.');
  await expectAccessible(page);
  await picker.getByRole('radio', { name: 'Nina Nachfolge' }).check();
  await dialog.getByRole('button', { name: 'Speichern und übergeben' }).click();

  // No reload: the page follows the new rights at once.
  await expect(page.getByRole('heading', { level: 1, name: 'Kein Zugriff auf Benutzerverwaltung' })).toBeVisible();
  await expect
    .poll(async () => (await mailsTo(request, successor.email)).map((mail) => mail.subject), { timeout: 15_000 })
    .toContain(`You are now the administrator of ${customer.name} in CloudHub`);
  const [mail] = await mailsTo(request, successor.email);
  expect(mail.text).toContain('when they gave up their admin rights');
});
