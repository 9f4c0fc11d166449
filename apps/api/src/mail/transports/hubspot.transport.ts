import type { OutgoingMail } from '../mail.types';
import { formatMailDate } from '../templates/format-date';
import { PermanentMailError, TransientMailError, type MailTransport } from './mail-transport';

export interface HubSpotSettings {
  readonly accessToken: string;
  readonly baseUrl: string;
  /** The transactional e-mail template per kind of e-mail. */
  readonly templateIds: Readonly<Partial<Record<OutgoingMail['kind'], string>>>;
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

function customProperties(mail: OutgoingMail): Record<string, string> {
  const v = mail.variables;
  return {
    language: mail.language,
    company_name: v.companyName,
    customer_number: v.customerNumber,
    inviter_name: v.inviterName,
    inviter_email: v.inviterEmail,
    roles: v.roleNames.join(', '),
    expires_at: formatMailDate(v.expiresAt, mail.language),
    invitation_link: v.link,
  };
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
