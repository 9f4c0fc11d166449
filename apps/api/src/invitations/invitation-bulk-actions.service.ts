import { Injectable } from '@nestjs/common';
import { BATCH_ROWS_MAX } from '@cloudhub/validation-limits';
import type { TenantMember } from '../access/current-member';
import type {
  ExpiredInvitationsResendResultDto,
  InvitationBulkDeleteResultDto,
  InvitationBulkDeleteRowDto,
  InvitationBulkDto,
  InvitationBulkResendResultDto,
  InvitationBulkResendRowDto,
} from './dto/invitation-bulk-actions.dto';
import { fitQuota } from './invitation-batch-plan';
import { InvitationBulkActionsRepository } from './invitation-bulk-actions.repository';
import {
  notFound,
  planDelete,
  planResend,
  type BulkCandidate,
  type BulkDeleteOutcome,
  type BulkResendOutcome,
  type BulkSettled,
} from './invitation-bulk-plan';
import { InvitationQuota } from './invitation-quota';
import { OVER_RECIPIENT, overDaily, sendInOrder, type Refusal } from './invitation-send-outcome';
import { InvitationsProblemCode } from './invitations.errors';
import { InvitationsService } from './invitations.service';

type ResendRow = InvitationBulkResendRowDto;

/**
 * Resending or deleting many invitations at once, with a dry run that says what would happen to each and
 * what it costs of the daily limit. Every invitation goes through the single invitation's own operation in
 * its own transaction, in the order chosen: a refused one never blocks the others, and the quota stays exact
 * however many requests run at once.
 */
@Injectable()
export class InvitationBulkActionsService {
  constructor(
    private readonly reads: InvitationBulkActionsRepository,
    private readonly single: InvitationsService,
    private readonly quota: InvitationQuota,
  ) {}

  async resend(admin: TenantMember, body: InvitationBulkDto): Promise<InvitationBulkResendResultDto> {
    const { candidates, settled } = planResend(body.ids, await this.reads.standingOf(admin.tenantId, body.ids));
    const tried = body.dryRun ? await this.previewResend(admin, candidates) : await this.sendEach(admin, candidates);
    return this.resendResult(admin, body.dryRun, inOrderOf(body.ids, [...settled.map(settledRow), ...tried]));
  }

  /**
   * "Resend all expired": as many of the customer's expired invitations as the admin's remaining e-mails
   * allow, in sending order (`expiredInSendingOrder`); the rest stay expired. Expired ones among the first
   * {@link BATCH_ROWS_MAX} whose address had its e-mails for today are named and skipped.
   */
  async resendExpired(admin: TenantMember, dryRun: boolean): Promise<ExpiredInvitationsResendResultDto> {
    const [expired, adminState] = await Promise.all([
      this.reads.countExpired(admin.tenantId),
      this.quota.status(admin.userId),
    ]);
    const candidates =
      adminState.remaining === 0 ? [] : await this.reads.expiredInSendingOrder(admin.tenantId, BATCH_ROWS_MAX);
    const recipients = await this.quota.recipientsRemaining(
      admin.tenantId,
      candidates.map((row) => row.email),
    );
    const verdict = fitQuota(candidates, adminState.remaining, (email) => recipients.get(email.toLowerCase()) ?? 0);
    const picked = verdict.fits.map((row) => ({ ...row, reopens: false }));
    const rows = [
      ...(dryRun ? picked.map((row) => resendRow(row, 'will_resend')) : await this.sendEach(admin, picked, true)),
      ...verdict.overRecipient.map((row) => refusedRow(row, OVER_RECIPIENT)),
    ];
    const result = await this.resendResult(admin, dryRun, rows);
    return { ...result, expired, staysExpired: Math.max(0, expired - result.cost) };
  }

  async delete(admin: TenantMember, body: InvitationBulkDto): Promise<InvitationBulkDeleteResultDto> {
    const { candidates, settled } = planDelete(body.ids, await this.reads.standingOf(admin.tenantId, body.ids));
    const tried = body.dryRun
      ? candidates.map((row) => deleteRow(row, 'will_delete'))
      : (
          await sendInOrder(
            candidates,
            (row) => this.single.delete(admin, row.id),
            // Accepted or deleted by someone else since the plan was made.
            (error) => (error.code === InvitationsProblemCode.InvitationNotFound ? notFound('delete') : undefined),
          )
        ).map(({ row, refused }) =>
          refused
            ? { ...deleteRow(row, deleteOutcomeOf(refused.outcome)), errors: [refused.error] }
            : deleteRow(row, 'deleted'),
        );
    return { dryRun: body.dryRun, rows: inOrderOf(body.ids, [...settled.map(settledRow), ...tried]) };
  }

  /** The dry run's verdict on the quota, as sending then decides it: the first ones fit. */
  private async previewResend(admin: TenantMember, candidates: readonly BulkCandidate[]): Promise<ResendRow[]> {
    const [adminState, recipients] = await Promise.all([
      this.quota.status(admin.userId),
      this.quota.recipientsRemaining(
        admin.tenantId,
        candidates.map((row) => row.email),
      ),
    ]);
    const verdict = fitQuota(candidates, adminState.remaining, (email) => recipients.get(email.toLowerCase()) ?? 0);
    return [
      ...verdict.fits.map((row) => resendRow(row, row.reopens ? 'will_reopen' : 'will_resend')),
      ...verdict.overDaily.map((row) => refusedRow(row, overDaily(adminState.limit))),
      ...verdict.overRecipient.map((row) => refusedRow(row, OVER_RECIPIENT)),
    ];
  }

  /** Each as planned: one that changed meanwhile (deleted, resent by another admin) is `not_found`, not redone. */
  private async sendEach(
    admin: TenantMember,
    candidates: readonly BulkCandidate[],
    expired?: true,
  ): Promise<ResendRow[]> {
    const sent = await sendInOrder(
      candidates,
      (row) => this.single.resend(admin, row.id, { revoked: row.reopens, expired }),
      (error) => (error.code === InvitationsProblemCode.InvitationNotFound ? notFound('resend') : undefined),
    );
    return sent.map(({ row, refused }) =>
      refused ? refusedRow(row, refused) : resendRow(row, row.reopens ? 'reopened' : 'resent'),
    );
  }

  private async resendResult(
    admin: TenantMember,
    dryRun: boolean,
    rows: ResendRow[],
  ): Promise<InvitationBulkResendResultDto> {
    const cost = rows.filter((row) => COSTS_AN_EMAIL.has(row.outcome)).length;
    return { dryRun, rows, cost, quota: await this.single.quotaOf(admin.userId) };
  }
}

const COSTS_AN_EMAIL: ReadonlySet<BulkResendOutcome> = new Set(['will_resend', 'will_reopen', 'resent', 'reopened']);

const resendRow = (row: { id: string; email: string }, outcome: BulkResendOutcome): ResendRow => ({
  id: row.id,
  email: row.email,
  outcome,
  errors: [],
});

const deleteRow = (row: { id: string; email: string }, outcome: BulkDeleteOutcome): InvitationBulkDeleteRowDto => ({
  id: row.id,
  email: row.email,
  outcome,
  errors: [],
});

const refusedRow = <Outcome extends string>(row: { id: string; email: string | null }, refusal: Refusal<Outcome>) => ({
  id: row.id,
  email: row.email,
  outcome: refusal.outcome,
  errors: [refusal.error],
});

const settledRow = <Outcome extends string>(row: BulkSettled<Outcome>) => refusedRow(row, row.refusal);

/** The rows in the order of the request's ids. */
function inOrderOf<Row extends { id: string }>(ids: readonly string[], rows: Row[]): Row[] {
  const position = new Map(ids.map((id, index) => [id, index]));
  return rows.sort((a, b) => position.get(a.id)! - position.get(b.id)!);
}

/** A delete is refused only because the invitation is gone, or because a server error stopped the request. */
const deleteOutcomeOf = (outcome: string): BulkDeleteOutcome => (outcome === 'not_found' ? 'not_found' : 'not_done');
