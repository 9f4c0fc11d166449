import { Injectable } from '@nestjs/common';
import { ProblemError } from '../common/problem';
import type { TenantMember } from '../access/current-member';
import type {
  InvitationBatchDto,
  InvitationBatchResultDto,
  InvitationBatchRowResultDto,
} from './dto/invitation-batch.dto';
import { fitQuota, planBatch, type BatchOutcome, type BatchRowError, type Candidate } from './invitation-batch-plan';
import { InvitationQuota } from './invitation-quota';
import { dailyQuotaRow, invitedRow, InvitationsProblemCode, memberRow, recipientQuotaRow } from './invitations.errors';
import { InvitationsRepository } from './invitations.repository';
import { InvitationsService } from './invitations.service';

type RowResult = InvitationBatchRowResultDto;

/**
 * Many invitations in one request, with a dry run that says what would happen to each row. Sending is one
 * transaction per row (the single invitation's own), in list order: a bad row never blocks the others, and
 * the quota stays exact however many batches run at once. Rows already sent stay sent if a later one fails
 * for a reason outside the rules (the database going away): running the batch again reports them as
 * `already_invited`.
 */
@Injectable()
export class InvitationBatchService {
  constructor(
    private readonly invitations: InvitationsRepository,
    private readonly single: InvitationsService,
    private readonly quota: InvitationQuota,
  ) {}

  async run(admin: TenantMember, body: InvitationBatchDto): Promise<InvitationBatchResultDto> {
    const { candidates, settled } = planBatch(body.rows, await this.invitations.rolesOf(admin.tenantId));
    const results: RowResult[] = settled.map((row) =>
      result(row, row.outcome, row.error, { duplicateOf: row.duplicateOf }),
    );
    const standing = await this.invitations.standingOf(
      admin.tenantId,
      candidates.map((row) => row.email),
    );
    const invitable: Candidate[] = [];
    for (const row of candidates) {
      const { isMember, openInvitationId } = standing.get(row.email.toLowerCase())!;
      if (isMember) results.push(result(row, 'already_member', MEMBER));
      else if (openInvitationId)
        results.push(result(row, 'already_invited', INVITED, { invitationId: openInvitationId }));
      else invitable.push(row);
    }
    results.push(...(body.dryRun ? await this.preview(admin, invitable) : await this.send(admin, invitable)));
    return {
      dryRun: body.dryRun,
      rows: results.sort((a, b) => a.index - b.index),
      quota: await this.single.quotaOf(admin.userId),
    };
  }

  private async preview(admin: TenantMember, invitable: Candidate[]): Promise<RowResult[]> {
    const [adminState, recipients] = await Promise.all([
      this.quota.status(admin.userId),
      this.quota.recipientsRemaining(
        admin.tenantId,
        invitable.map((row) => row.email),
      ),
    ]);
    const verdict = fitQuota(invitable, adminState.remaining, (email) => recipients.get(email.toLowerCase()) ?? 0);
    return [
      ...verdict.fits.map((row) => result(row, 'will_invite')),
      ...verdict.overDaily.map((row) => result(row, 'over_daily_limit', overDaily(adminState.limit))),
      ...verdict.overRecipient.map((row) => result(row, 'over_recipient_limit', OVER_RECIPIENT)),
    ];
  }

  private async send(admin: TenantMember, invitable: Candidate[]): Promise<RowResult[]> {
    const results: RowResult[] = [];
    let dailyLimit: number | undefined;
    for (const row of invitable) {
      if (dailyLimit !== undefined) {
        results.push(result(row, 'over_daily_limit', overDaily(dailyLimit)));
        continue;
      }
      try {
        const invitation = await this.single.create(admin, {
          email: row.email,
          roleIds: row.roleIds,
          language: row.language,
        });
        results.push(result(row, 'invited', undefined, { invitationId: invitation.id }));
      } catch (error) {
        if (!(error instanceof ProblemError)) throw error;
        const refused = refusal(error);
        if (!refused) throw error;
        if (refused.outcome === 'over_daily_limit') dailyLimit = Number(error.extensions.limit);
        results.push(result(row, refused.outcome, refused.error, { invitationId: refused.invitationId }));
      }
    }
    return results;
  }
}

const MEMBER = memberRow();
const INVITED = invitedRow();
const OVER_RECIPIENT = recipientQuotaRow();
const overDaily = dailyQuotaRow;

/** What a refused single invitation means for its row; undefined for a refusal that is not about the row. */
function refusal(
  error: ProblemError,
): { outcome: BatchOutcome; error: BatchRowError; invitationId?: string } | undefined {
  if (error.code === InvitationsProblemCode.AlreadyMember) return { outcome: 'already_member', error: MEMBER };
  if (error.code === InvitationsProblemCode.InvitationExists) {
    return { outcome: 'already_invited', error: INVITED, invitationId: String(error.extensions.invitationId) };
  }
  if (error.code === InvitationsProblemCode.InvitationQuotaExceeded) {
    return { outcome: 'over_daily_limit', error: overDaily(Number(error.extensions.limit)) };
  }
  if (error.code === InvitationsProblemCode.RecipientQuotaExceeded) {
    return { outcome: 'over_recipient_limit', error: OVER_RECIPIENT };
  }
  return undefined;
}

function result(
  row: { index: number; email: string },
  outcome: BatchOutcome,
  error?: BatchRowError,
  extra: { invitationId?: string; duplicateOf?: number } = {},
): RowResult {
  return {
    index: row.index,
    email: row.email,
    outcome,
    invitationId: extra.invitationId ?? null,
    duplicateOf: extra.duplicateOf ?? null,
    errors: error ? [error] : [],
  };
}
