import { Injectable } from '@nestjs/common';
import type { FieldError } from '../common/problem';
import type { TenantMember } from '../access/current-member';
import type {
  InvitationBatchDto,
  InvitationBatchResultDto,
  InvitationBatchRowResultDto,
} from './dto/invitation-batch.dto';
import { fitQuota, planBatch, type BatchOutcome, type Candidate } from './invitation-batch-plan';
import { InvitationQuota } from './invitation-quota';
import { invited, MEMBER, OVER_RECIPIENT, overDaily, sendInOrder, type Refusal } from './invitation-send-outcome';
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
      if (isMember) results.push(refused(row, MEMBER));
      else if (openInvitationId) results.push(refused(row, invited(openInvitationId)));
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
      ...verdict.overDaily.map((row) => refused(row, overDaily(adminState.limit))),
      ...verdict.overRecipient.map((row) => refused(row, OVER_RECIPIENT)),
    ];
  }

  private async send(admin: TenantMember, invitable: Candidate[]): Promise<RowResult[]> {
    const sent = await sendInOrder(invitable, (row) =>
      this.single.create(admin, { email: row.email, roleIds: row.roleIds, language: row.language }),
    );
    return sent.map(({ row, sent: invitation, refused: refusal }) =>
      refusal ? refused(row, refusal) : result(row, 'invited', undefined, { invitationId: invitation.id }),
    );
  }
}

function result(
  row: { index: number; email: string },
  outcome: BatchOutcome,
  error?: FieldError,
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

const refused = (row: { index: number; email: string }, refusal: Refusal): RowResult =>
  result(row, refusal.outcome, refusal.error, { invitationId: refusal.invitationId });
