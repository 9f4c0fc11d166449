import { BUYER } from './support/demo';
import { expectAccessible } from './support/accessibility';
import { expect, test } from './support/fixtures';
import { logIn } from './support/login';

test('feedback needs a message, is sent, and a next one can follow', async ({ page }) => {
  await logIn(page, BUYER);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Feedback' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Feedback' })).toBeVisible();

  const message = page.getByLabel('Your feedback');
  await message.fill('   ');
  await page.getByRole('button', { name: 'Send feedback' }).click();
  await expect(message).toHaveAccessibleDescription(/Enter your feedback\./);
  await expect(message).toBeFocused();
  await expectAccessible(page);

  const sent = page.waitForResponse((response) => response.url().endsWith('/feedback'));
  await message.fill('The invoices page could show due dates first.');
  await page.getByRole('button', { name: 'Send feedback' }).click();
  expect((await sent).status()).toBe(201);
  await expect(page.getByRole('status')).toContainText('Thank you for your feedback');
  await expectAccessible(page);

  await page.getByRole('button', { name: 'Send more feedback' }).click();
  await expect(page.getByLabel('Your feedback')).toHaveValue('');
  await expect(page.getByLabel('Your feedback')).toBeFocused();
});
