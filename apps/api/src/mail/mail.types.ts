import type { Language } from '@cloudhub/permissions';
import type { HandoverReason } from '../audit/audit-actions';

interface CustomerVariables {
  readonly companyName: string;
  readonly customerNumber: string;
}

export interface InvitationMailVariables extends CustomerVariables {
  readonly inviterName: string;
  readonly inviterEmail: string;
  readonly roleNames: readonly string[];
  /** ISO 8601. */
  readonly expiresAt: string;
  readonly link: string;
}

/** To a newly registered user: what CloudHub is, where to log in, where help is. */
export interface WelcomeMailVariables extends CustomerVariables {
  readonly name: string;
  readonly loginUrl: string;
  readonly faqUrl: string;
  readonly supportEmail: string;
}

/** To the inviting admin: the invitee opened an expired link and asks for a new one. */
export interface RenewalRequestMailVariables extends CustomerVariables {
  readonly adminName: string;
  readonly inviteeEmail: string;
  readonly invitationsUrl: string;
}

/** To every admin: a member without rights asks for access. */
export interface AccessRequestMailVariables extends CustomerVariables {
  readonly adminName: string;
  readonly memberName: string;
  readonly memberEmail: string;
  readonly message: string | null;
  readonly memberUrl: string;
}

/** To every admin: a member cancelled their own access. */
export interface MemberLeftMailVariables extends CustomerVariables {
  readonly adminName: string;
  readonly memberName: string;
  readonly memberEmail: string;
  readonly membersUrl: string;
}

/**
 * To the successor the last admin named: they now hold the Administrator role, because their predecessor left
 * the customer or gave up the admin rights.
 */
export interface AdminHandoverMailVariables extends CustomerVariables {
  readonly successorName: string;
  readonly predecessorName: string;
  readonly predecessorEmail: string;
  readonly reason: HandoverReason;
  readonly roleName: string;
  readonly membersUrl: string;
}

/**
 * To the owner of an account: failed logins from unknown devices reached the limit, so those are blocked
 * for a while; the owner's own devices still get in. Only the app's login address as a link.
 */
export interface LoginAlertMailVariables {
  readonly name: string;
  readonly email: string;
  readonly loginUrl: string;
}

/** Every e-mail the product sends, each with a template in both languages (and optionally in HubSpot). */
export interface MailVariables {
  readonly invitation: InvitationMailVariables;
  readonly welcome: WelcomeMailVariables;
  readonly 'renewal-request': RenewalRequestMailVariables;
  readonly 'access-request': AccessRequestMailVariables;
  readonly 'member-left': MemberLeftMailVariables;
  readonly 'admin-handover': AdminHandoverMailVariables;
  readonly 'login-alert': LoginAlertMailVariables;
}

export type MailKind = keyof MailVariables;

/** One e-mail to one recipient, as the worker sends it. */
export type OutgoingMail<K extends MailKind = MailKind> = {
  [Kind in K]: {
    /** Unique per queued e-mail: the job id, the Message-ID's local part and HubSpot's sendId. */
    readonly id: string;
    readonly kind: Kind;
    readonly to: string;
    readonly language: Language;
    readonly variables: MailVariables[Kind];
  };
}[K];

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
