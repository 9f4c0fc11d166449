import type { OutgoingMail } from '../mail.types';
import { formatMailDate } from '../templates/format-date';
import { PermanentMailError, TransientMailError, type MailTransport } from './mail-transport';

export interface HubSpotSettings {
  readonly accessToken: string;
  readonly baseUrl: string;
  /** The transactional e-mail template per kind of e-mail. */
  readonly templateIds: Readonly<Record<string, string>>;
}

const SEND_PATH = '/marketing/v3/transactional/single-email/send';
const DEFAULT_WAIT_SECONDS = 10;

/**
 * HubSpot's transactional single-send API, as the vendor uses it. The template renders the e-mail from
 * custom properties; `sendId` is the queued e-mail's id, so HubSpot sends a retried e-mail at most once.
 */
export class HubSpotTransport implements MailTransport {
  constructor(
    private readonly settings: HubSpotSettings,
    private readonly from: string,
  ) {}

  async send(mail: OutgoingMail): Promise<void> {
    const emailId = this.settings.templateIds[mail.kind];
    if (!emailId) throw new PermanentMailError(`no HubSpot template is configured for ${mail.kind} e-mails`);
    let response: Response;
    try {
      response = await fetch(`${this.settings.baseUrl.replace(/\/$/, '')}${SEND_PATH}`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${this.settings.accessToken}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({
          emailId: Number(emailId),
          message: { to: mail.to, from: this.from, sendId: mail.id },
          customProperties: customProperties(mail),
        }),
        signal: AbortSignal.timeout(15_000),
      });
    } catch (error) {
      throw new TransientMailError(`HubSpot unreachable: ${(error as Error).message}`);
    }
    if (response.ok) return;
    const reason = `HubSpot ${response.status}: ${await errorMessage(response)}`;
    if (response.status === 429) throw new TransientMailError(reason, retryAfter(response));
    if (response.status >= 500) throw new TransientMailError(reason);
    throw new PermanentMailError(reason);
  }
}

/**
 * Every variable as a custom property, named in snake_case (`companyName` → `company_name`), lists
 * joined and moments written out in the recipient's language, so a HubSpot template shows them as is.
 */
function customProperties(mail: OutgoingMail): Record<string, string> {
  const properties: Record<string, string> = { language: mail.language };
  for (const [name, value] of Object.entries(mail.variables as unknown as Record<string, unknown>)) {
    const key = name.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);
    if (Array.isArray(value)) properties[key] = value.join(', ');
    else if (name.endsWith('At') && typeof value === 'string') properties[key] = formatMailDate(value, mail.language);
    else if (typeof value === 'string' || typeof value === 'number') properties[key] = String(value);
    else properties[key] = value === null || value === undefined ? '' : JSON.stringify(value);
  }
  return properties;
}

function retryAfter(response: Response): number {
  const seconds = Number(response.headers.get('retry-after'));
  if (Number.isFinite(seconds) && seconds > 0) return seconds;
  const intervalMs = Number(response.headers.get('x-hubspot-ratelimit-interval-milliseconds'));
  return Number.isFinite(intervalMs) && intervalMs > 0 ? Math.ceil(intervalMs / 1000) : DEFAULT_WAIT_SECONDS;
}

async function errorMessage(response: Response): Promise<string> {
  const body = await response.text().catch(() => '');
  try {
    const parsed = JSON.parse(body) as { message?: unknown };
    if (typeof parsed.message === 'string') return parsed.message;
  } catch {
    // not JSON: fall back to the raw text
  }
  return body.slice(0, 300) || response.statusText;
}
