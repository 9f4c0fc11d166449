import { notFoundRow } from './invitations.errors';
import type { BulkStanding } from './invitation-bulk-actions.repository';
import { invited, MEMBER, REFUSAL_OUTCOMES, type Refusal, type RefusalOutcome } from './invitation-send-outcome';

/** What happens (dry run) or happened to one invitation of a bulk resend. */
export const BULK_RESEND_OUTCOMES = [
  'will_resend',
  'resent',
  'will_reopen',
  'reopened',
  ...REFUSAL_OUTCOMES,
  'not_found',
] as const;
export type BulkResendOutcome = (typeof BULK_RESEND_OUTCOMES)[number];

/** What happens (dry run) or happened to one invitation of a bulk delete. */
export const BULK_DELETE_OUTCOMES = ['will_delete', 'deleted', 'not_found', 'not_done'] as const;
export type BulkDeleteOutcome = (typeof BULK_DELETE_OUTCOMES)[number];

/** An invitation a bulk action will try: open, or for a resend also revoked (it then reopens). */
export interface BulkCandidate {
  readonly id: string;
  readonly email: string;
  readonly reopens: boolean;
}

/** An invitation settled before anything is sent: why the action does not apply to it. */
export interface BulkSettled<Outcome extends string> {
  readonly id: string;
  /** Null when the id is not the customer's: nothing about another customer's invitation is told. */
  readonly email: string | null;
  readonly refusal: Refusal<Outcome>;
}

export const notFound = (action: 'resend' | 'delete'): Refusal<'not_found'> => ({
  outcome: 'not_found',
  error: notFoundRow(action),
});

/**
 * Which of the chosen invitations a resend can send, in the order chosen. Open ones are sent again; a
 * revoked one reopens unless its address joined or has an open invitation meanwhile, or an earlier revoked
 * one of the same address reopens in this very request (an address has one open invitation at most).
 * Accepted ones, unknown ids and other customers' are `not_found`.
 */
export function planResend(
  ids: readonly string[],
  standing: ReadonlyMap<string, BulkStanding>,
): { candidates: BulkCandidate[]; settled: BulkSettled<RefusalOutcome | 'not_found'>[] } {
  const reopenedBy = new Map<string, string>();
  const candidates: BulkCandidate[] = [];
  const settled: BulkSettled<RefusalOutcome | 'not_found'>[] = [];
  for (const id of ids) {
    const invitation = standing.get(id);
    if (!invitation) {
      settled.push({ id, email: null, refusal: notFound('resend') });
      continue;
    }
    const { email } = invitation;
    const reopenedEarlier = reopenedBy.get(email.toLowerCase());
    if (!invitation.revoked) candidates.push({ id, email, reopens: false });
    else if (invitation.isMember) settled.push({ id, email, refusal: MEMBER });
    else if (invitation.openInvitationId) settled.push({ id, email, refusal: invited(invitation.openInvitationId) });
    else if (reopenedEarlier) settled.push({ id, email, refusal: invited(reopenedEarlier) });
    else {
      reopenedBy.set(email.toLowerCase(), id);
      candidates.push({ id, email, reopens: true });
    }
  }
  return { candidates, settled };
}

/** Which of the chosen invitations a delete applies to: open ones; revoked, accepted and unknown ones are `not_found`. */
export function planDelete(
  ids: readonly string[],
  standing: ReadonlyMap<string, BulkStanding>,
): { candidates: BulkCandidate[]; settled: BulkSettled<'not_found'>[] } {
  const candidates: BulkCandidate[] = [];
  const settled: BulkSettled<'not_found'>[] = [];
  for (const id of ids) {
    const invitation = standing.get(id);
    if (invitation && !invitation.revoked) candidates.push({ id, email: invitation.email, reopens: false });
    // A revoked one is deleted already (by someone, or with its inviter's authority): nothing left to do.
    else settled.push({ id, email: invitation?.email ?? null, refusal: notFound('delete') });
  }
  return { candidates, settled };
}
