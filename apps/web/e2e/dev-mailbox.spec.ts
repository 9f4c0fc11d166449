import { createTransport } from 'nodemailer';
import { expectAccessible } from './support/accessibility';
import { expect, test } from './support/fixtures';

async function sendMail(to: string, subject: string, html: string, text: string): Promise<void> {
  const transport = createTransport({
    host: '127.0.0.1',
    port: Number(process.env.E2E_SMTP_PORT),
    secure: false,
    ignoreTLS: true,
  });
  await transport.sendMail({ from: 'CloudHub <no-reply@cloudhub.example>', to, subject, html, text });
  transport.close();
}

test('lists captured messages newest first and shows one with its HTML sandboxed and its text', async ({ page }) => {
  const address = `mailbox-${Date.now()}@example.com`;
  await sendMail(address, 'First message', '<p>first</p>', 'first');
  await sendMail(
    address,
    'Your invitation',
    '<h1>Hello from the HTML part</h1><script>window.parent.document.title = "scripted"</script>',
    'Hello from the text part',
  );

  await page.goto('/dev/mailbox');
  await page.getByLabel('Recipient address').fill(address);
  await page.getByRole('button', { name: 'Show messages' }).click();
  await expect(page).toHaveURL(new RegExp(`to=${encodeURIComponent(address)}`));
  const messages = page.getByRole('region', { name: /Messages/ }).getByRole('link');
  await expect(messages).toHaveCount(2);
  await expect(messages.nth(0)).toContainText('Your invitation');
  await expect(messages.nth(1)).toContainText('First message');

  await messages.nth(0).click();
  const reader = page.getByRole('article');
  await expect(reader.getByRole('heading', { level: 2, name: 'Your invitation' })).toBeVisible();
  await expect(reader.getByText(address)).toBeVisible();
  const frame = reader.locator('iframe');
  await expect(frame).toHaveAttribute('sandbox', '');
  await expect(page.frameLocator('iframe').getByRole('heading', { name: 'Hello from the HTML part' })).toBeVisible();
  await expect(reader.locator('pre')).toHaveText('Hello from the text part');
  await expect(page).toHaveTitle('Dev mailbox · CloudHub');
  await expectAccessible(page);
});

test('says when nothing was sent to an address', async ({ page }) => {
  await page.goto('/dev/mailbox?to=nobody-at-all%40example.com');
  await expect(page.getByText('No messages to nobody-at-all@example.com.')).toBeVisible();
});
