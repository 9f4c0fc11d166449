import type { Language } from '@cloudhub/permissions';

/** Every e-mail the product sends; each has a template in both languages (and may have a HubSpot template). */
export type MailKind = 'invitation';

export interface InvitationMailVariables {
  readonly companyName: string;
  readonly customerNumber: string;
  readonly inviterName: string;
  readonly inviterEmail: string;
  readonly roleNames: readonly string[];
  /** ISO 8601. */
  readonly expiresAt: string;
  readonly link: string;
}

export interface MailVariables {
  readonly invitation: InvitationMailVariables;
}

/** One e-mail to one recipient, as the worker sends it. */
export interface OutgoingMail<K extends MailKind = MailKind> {
  /** Unique per queued e-mail: the job id, the Message-ID's local part and HubSpot's sendId. */
  readonly id: string;
  readonly kind: K;
  readonly to: string;
  readonly language: Language;
  readonly variables: MailVariables[K];
}

/** What the sender's side needs to know about an e-mail after each attempt. */
export type DeliveryOutcome =
  | { readonly state: 'sent' }
  | { readonly state: 'retrying'; readonly reason: string }
  | { readonly state: 'failed'; readonly reason: string };

export interface RenderedMail {
  readonly subject: string;
  readonly html: string;
  readonly text: string;
}
