import { Logger } from '@nestjs/common';
import { ProblemError, type FieldError } from '../common/problem';
import {
  dailyQuotaRow,
  invitedRow,
  InvitationsProblemCode,
  memberRow,
  notDoneRow,
  recipientQuotaRow,
} from './invitations.errors';

/**
 * Why an invitation e-mail to one row of a many-row request (a batch invitation, a bulk resend) was not
 * or would not be sent, as far as the single invitation's own rules and the quota decide it.
 */
export const REFUSAL_OUTCOMES = [
  'already_member',
  'already_invited',
  'over_daily_limit',
  'over_recipient_limit',
  'not_done',
] as const;
export type RefusalOutcome = (typeof REFUSAL_OUTCOMES)[number];

export interface Refusal<Outcome extends string = RefusalOutcome> {
  readonly outcome: Outcome;
  readonly error: FieldError;
  /** For `already_invited`: the address's open invitation. */
  readonly invitationId?: string;
}

export const MEMBER: Refusal = { outcome: 'already_member', error: memberRow() };
export const OVER_RECIPIENT: Refusal = { outcome: 'over_recipient_limit', error: recipientQuotaRow() };
/** A server error stopped the request at this row: it and the rows after it were not tried. */
export const NOT_DONE: Refusal = { outcome: 'not_done', error: notDoneRow() };
export const overDaily = (limit: number): Refusal => ({ outcome: 'over_daily_limit', error: dailyQuotaRow(limit) });
export const invited = (invitationId: string | undefined): Refusal => ({
  outcome: 'already_invited',
  error: invitedRow(),
  invitationId,
});

/** What a refused single invitation means for its row; undefined for a refusal that is not about the row. */
export function refusalOf(error: ProblemError): Refusal | undefined {
  if (error.code === InvitationsProblemCode.AlreadyMember) return MEMBER;
  if (error.code === InvitationsProblemCode.InvitationExists) return invited(String(error.extensions.invitationId));
  if (error.code === InvitationsProblemCode.InvitationQuotaExceeded) return overDaily(Number(error.extensions.limit));
  if (error.code === InvitationsProblemCode.RecipientQuotaExceeded) return OVER_RECIPIENT;
  return undefined;
}

const logger = new Logger('InvitationRows');

export type SendResult<Row, Sent, Outcome extends string> =
  | { readonly row: Row; readonly sent: Sent; readonly refused?: undefined }
  | { readonly row: Row; readonly refused: Refusal<Outcome>; readonly sent?: undefined };

/**
 * Sends row after row through `send` (one transaction each, the single invitation's own), in order, so a
 * refused row never blocks the others. Once the admin's daily limit refuses a row, the rows after it are
 * refused for it too without a try: they would only queue on the admin's quota lock to hear the same.
 * `otherRefusal` maps a refusal that is about the row but not one of {@link refusalOf}'s (e.g. not found).
 * Anything else (the database going away) stops there: the rows done so far are reported as done, that row and
 * the ones after it as `not_done`, so the admin knows what to try again and a retry sends nothing twice.
 */
export async function sendInOrder<Row, Sent, Other extends string = never>(
  rows: readonly Row[],
  send: (row: Row) => Promise<Sent>,
  otherRefusal: (error: ProblemError) => Refusal<Other> | undefined = () => undefined,
): Promise<SendResult<Row, Sent, RefusalOutcome | Other>[]> {
  const results: SendResult<Row, Sent, RefusalOutcome | Other>[] = [];
  let stopped: Refusal<RefusalOutcome | Other> | undefined;
  for (const row of rows) {
    if (stopped) {
      results.push({ row, refused: stopped });
      continue;
    }
    try {
      results.push({ row, sent: await send(row) });
    } catch (error) {
      const refused = error instanceof ProblemError ? (refusalOf(error) ?? otherRefusal(error)) : undefined;
      if (!refused) logger.error('A row of a many-row request failed; the rest is not tried', error);
      const outcome = refused ?? NOT_DONE;
      if (outcome.outcome === 'over_daily_limit' || outcome.outcome === 'not_done') stopped = outcome;
      results.push({ row, refused: outcome });
    }
  }
  return results;
}
