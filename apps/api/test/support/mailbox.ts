import type { TestApp } from './test-app';

export interface CapturedMail {
  id: string;
  messageId: string | null;
  from: string;
  to: string[];
  subject: string;
  text: string | null;
  html: string | null;
}

/** Polls the dev mailbox (the capture SMTP server's store) until `count` messages to `to` arrived. */
export async function waitForMail(api: TestApp, to: string, count = 1, timeoutMs = 15_000): Promise<CapturedMail[]> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const response = await api
      .http()
      .get(`/api/dev/mailbox?to=${encodeURIComponent(to)}`)
      .expect(200);
    const messages = response.body as CapturedMail[];
    if (messages.length >= count) return messages;
    if (Date.now() > deadline) throw new Error(`expected ${count} e-mails to ${to}, got ${messages.length}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Polls until `check` passes or the deadline is reached (then its last error is thrown). */
export async function eventually<T>(check: () => T | Promise<T>, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await check();
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

export const tokenFrom = (mail: CapturedMail): string => {
  const match = /\/invite#token=([A-Za-z0-9_-]+)/.exec(mail.text ?? '');
  if (!match) throw new Error(`no invitation link in: ${mail.text}`);
  return match[1];
};
