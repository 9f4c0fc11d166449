import type { Schemas } from '@cloudhub/api-client';
import type { TFunction } from 'i18next';
import type { BulkDeleteOutcome, BulkResendOutcome } from '../../../api/bulk-invitation-actions';

export type BulkOutcome = BulkResendOutcome | BulkDeleteOutcome;

/** The three bulk actions; each has its own texts under `invitationBulk.<kind>`. */
export type BulkKind = 'resend' | 'delete' | 'resendExpired';

/** One invitation's row of a bulk answer, whatever the action. */
export interface BulkRow {
  readonly id: string;
  readonly email: string | null;
  readonly outcome: BulkOutcome;
  readonly errors: readonly Schemas['FieldErrorDto'][];
}

/** Outcomes that mean: this invitation is (or will be) sent again, reopened or deleted. */
const GOING = ['will_resend', 'resent', 'will_reopen', 'reopened', 'will_delete', 'deleted'] as const;
type GoingOutcome = (typeof GOING)[number];
/** Why an invitation is not (or would not be) sent again or deleted. */
export type HeldOutcome = Exclude<BulkOutcome, GoingOutcome>;

export const isGoing = (outcome: BulkOutcome): outcome is GoingOutcome =>
  (GOING as readonly BulkOutcome[]).includes(outcome);

/** How many rows have each outcome that does not go, in the order they first appear. */
function heldCounts(rows: readonly BulkRow[]): Map<HeldOutcome, number> {
  const counts = new Map<HeldOutcome, number>();
  for (const { outcome } of rows) if (!isGoing(outcome)) counts.set(outcome, (counts.get(outcome) ?? 0) + 1);
  return counts;
}

/**
 * The answer in sentences: "3 invitations will get a new link (1 of them opens again). 2 cannot: 1 already a
 * member, 1 over your daily limit."
 */
export function summaryOf(kind: BulkKind, result: { dryRun: boolean; rows: readonly BulkRow[] }, t: TFunction): string {
  const going = result.rows.filter((row) => isGoing(row.outcome)).length;
  const reopening = result.rows.filter((row) => row.outcome === 'will_reopen' || row.outcome === 'reopened').length;
  const action = kind === 'delete' ? 'delete' : 'resend';
  const sentences = [
    result.dryRun
      ? t(`invitationBulk.${action}.going`, { count: going })
      : t(`invitationBulk.${action}.done`, { count: going }),
  ];
  if (reopening > 0) sentences.push(t('invitationBulk.reopening', { count: reopening }));
  const held = heldCounts(result.rows);
  if (held.size > 0) {
    const reasons = [...held].map(([outcome, count]) => t(`invitationBulk.count.${outcome}`, { count })).join(', ');
    const count = result.rows.length - going;
    sentences.push(
      result.dryRun ? t('invitationBulk.cannot', { count, reasons }) : t('invitationBulk.notDone', { count, reasons }),
    );
  }
  return sentences.join(' ');
}
