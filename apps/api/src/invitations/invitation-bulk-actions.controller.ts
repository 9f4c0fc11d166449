import { Body, HttpCode, HttpStatus, Post, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ThrottlerGuard } from '@nestjs/throttler';
import { BATCH_ROWS_MAX } from '@cloudhub/validation-limits';
import { RequirePermission } from '../access/access-policy.decorator';
import { CurrentMember, type TenantMember } from '../access/current-member';
import { TenantController } from '../access/tenant-controller.decorator';
import { ApiProblems } from '../common/api-problems.decorator';
import { RateLimit } from '../common/rate-limit.decorator';
import {
  ExpiredInvitationsResendResultDto,
  InvitationBulkDeleteResultDto,
  InvitationBulkDto,
  InvitationBulkResendResultDto,
  InvitationDryRunDto,
} from './dto/invitation-bulk-actions.dto';
import { InvitationBulkActionsService } from './invitation-bulk-actions.service';

/** Each of these reads up to 500 invitations and may send as many e-mails as the quota allows. */
const BULK_REQUESTS_PER_MINUTE = 30;

/**
 * Resend or delete many invitations at once. Single-segment paths, so that they never meet
 * `:invitationId/resend` or `DELETE :invitationId` of the invitations controller.
 */
@ApiTags('invitations')
@ApiBearerAuth()
@TenantController('invitations')
@RequirePermission('users.manage')
@UseGuards(ThrottlerGuard)
export class InvitationBulkActionsController {
  constructor(private readonly bulk: InvitationBulkActionsService) {}

  @Post('bulk-resend')
  @HttpCode(HttpStatus.OK)
  @RateLimit(BULK_REQUESTS_PER_MINUTE, 60_000)
  @ApiOperation({
    operationId: 'resendInvitations',
    summary: 'Send new links for many invitations, or see first what would happen',
    description:
      `Up to ${BATCH_ROWS_MAX} invitation ids. With \`dryRun: true\` nothing is sent or counted: each invitation says ` +
      'whether it would be sent again (an open one) or reopened (a revoked one), and why not (already a member, ' +
      'already invited, over the daily or the per-address limit: the quota takes them in the order given; not ' +
      'found), and `cost` says how many of the `quota.remaining` e-mails it uses. With `dryRun: false` each is sent ' +
      'in its own transaction, as POST …/{invitationId}/resend does, so a refused one never blocks the others.',
  })
  @ApiOkResponse({ type: InvitationBulkResendResultDto })
  @ApiProblems(400, 401, 403, 404, 429)
  resend(
    @CurrentMember() admin: TenantMember,
    @Body() body: InvitationBulkDto,
  ): Promise<InvitationBulkResendResultDto> {
    return this.bulk.resend(admin, body);
  }

  @Post('resend-expired')
  @HttpCode(HttpStatus.OK)
  @RateLimit(BULK_REQUESTS_PER_MINUTE, 60_000)
  @ApiOperation({
    operationId: 'resendExpiredInvitations',
    summary: 'Send new links for the expired invitations, as many as the quota allows today',
    description:
      'Those whose invitee asked for a new link first, then the most recently expired; as many as ' +
      '`quota.remaining` allows, skipping (and naming, `over_recipient_limit`) addresses that had their e-mails for ' +
      'today. `expired` says how many expired invitations there are, `staysExpired` how many stay expired. With ' +
      '`dryRun: true` nothing is sent or counted.',
  })
  @ApiOkResponse({ type: ExpiredInvitationsResendResultDto })
  @ApiProblems(400, 401, 403, 404, 429)
  resendExpired(
    @CurrentMember() admin: TenantMember,
    @Body() body: InvitationDryRunDto,
  ): Promise<ExpiredInvitationsResendResultDto> {
    return this.bulk.resendExpired(admin, body.dryRun);
  }

  @Post('bulk-delete')
  @HttpCode(HttpStatus.OK)
  @RateLimit(BULK_REQUESTS_PER_MINUTE, 60_000)
  @ApiOperation({
    operationId: 'deleteInvitations',
    summary: 'Delete many open invitations, or see first what would happen',
    description:
      `Up to ${BATCH_ROWS_MAX} invitation ids. Each open one is revoked in its own transaction, as DELETE ` +
      '…/{invitationId} does; accepted, already revoked and unknown ones are `not_found`. Gives back no quota. ' +
      'With `dryRun: true` nothing changes.',
  })
  @ApiOkResponse({ type: InvitationBulkDeleteResultDto })
  @ApiProblems(400, 401, 403, 404, 429)
  delete(
    @CurrentMember() admin: TenantMember,
    @Body() body: InvitationBulkDto,
  ): Promise<InvitationBulkDeleteResultDto> {
    return this.bulk.delete(admin, body);
  }
}
