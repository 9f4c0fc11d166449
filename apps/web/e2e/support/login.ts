import { expect, type Page } from '@playwright/test';
import { DEMO_PASSWORD } from './demo';

/** Logs in through the form, as a person would, and waits until the app has left the login page. */
export async function logIn(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  if (!page.url().includes('/login')) await page.goto('/login');
  await page.getByLabel(/^(E-mail address|E-Mail-Adresse)$/).fill(email);
  await page.getByLabel(/^(Password|Passwort)$/).fill(password);
  await page.getByRole('button', { name: /^(Log in|Anmelden)$/ }).click();
  await expect(page).not.toHaveURL(/\/login/);
}
