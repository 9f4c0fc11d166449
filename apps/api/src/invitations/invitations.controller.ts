import { Body, Delete, Get, HttpCode, HttpStatus, Post, Query, StreamableFile } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { BATCH_ROWS_MAX } from '@cloudhub/validation-limits';
import { RequirePermission } from '../access/access-policy.decorator';
import { ApiProblems } from '../common/api-problems.decorator';
import { CSV_MEDIA_TYPE, csvAttachment } from '../common/csv';
import { CsvExport } from '../common/csv-export.decorator';
import { UuidPathParam } from '../common/uuid-path-param.decorator';
import { CurrentMember, type TenantMember } from '../access/current-member';
import { TenantController } from '../access/tenant-controller.decorator';
import {
  CreateInvitationDto,
  InvitationCountsDto,
  InvitationCountsQueryDto,
  InvitationDto,
  InvitationListDto,
  InvitationListQueryDto,
  InvitationLookupDto,
  InvitationQuotaDto,
  InvitationSelectionQueryDto,
} from './dto/invitation.dto';
import { InvitationBatchDto, InvitationBatchResultDto } from './dto/invitation-batch.dto';
import { InvitationBatchService } from './invitation-batch.service';
import { invitationNotFound } from './invitations.errors';
import { InvitationsService } from './invitations.service';

const InvitationId = UuidPathParam('invitationId', invitationNotFound, 'The invitation’s id.');

@ApiTags('invitations')
@ApiBearerAuth()
@TenantController('invitations')
@RequirePermission('users.manage')
export class InvitationsController {
  constructor(
    private readonly invitations: InvitationsService,
    private readonly batches: InvitationBatchService,
  ) {}

  @Get()
  @ApiOperation({
    operationId: 'listInvitations',
    summary: 'The customer’s invitations',
    description:
      'Open (pending and expired) invitations, or with `status=revoked` the revoked ones with who or what revoked ' +
      'them and why; sorted by `sort` (default: newest sent first), keyset-paged; filter by status, delivery, ' +
      'role (or `none`), inviter and e-mail text, combinable.',
  })
  @ApiOkResponse({ type: InvitationListDto })
  @ApiProblems(400, 401, 403, 404)
  list(@CurrentMember() admin: TenantMember, @Query() query: InvitationListQueryDto): Promise<InvitationListDto> {
    return this.invitations.list(admin.tenantId, query);
  }

  @Get('counts')
  @ApiOperation({
    operationId: 'countInvitations',
    summary: 'How many invitations each status and the failed deliveries hold',
    description:
      'For the tabs and filter chips: open, pending, expired, revoked, and open ones whose e-mail failed; ' +
      'counted among those the role, inviter and text filters select.',
  })
  @ApiOkResponse({ type: InvitationCountsDto })
  @ApiProblems(400, 401, 403, 404)
  counts(@CurrentMember() admin: TenantMember, @Query() query: InvitationCountsQueryDto): Promise<InvitationCountsDto> {
    return this.invitations.counts(admin.tenantId, query);
  }

  @CsvExport({
    operationId: 'exportInvitations',
    summary: 'Every invitation the filters select, as CSV',
    columns:
      'email, status, roles, inviter_name, inviter_email, language, sent_at, expires_at, delivery, delivery_error, ' +
      'send_count',
  })
  async export(
    @CurrentMember() admin: TenantMember,
    @Query() query: InvitationSelectionQueryDto,
  ): Promise<StreamableFile> {
    const { customerNumber, csv } = await this.invitations.export(admin, query);
    return new StreamableFile(csv, { type: CSV_MEDIA_TYPE, disposition: csvAttachment('invitations', customerNumber) });
  }

  @Get('quota')
  @ApiOperation({
    operationId: 'getInvitationQuota',
    summary: 'How many invitation e-mails you may still send',
    description: 'Per admin, over any 24 hours, across customers; new invitations and resends count.',
  })
  @ApiOkResponse({ type: InvitationQuotaDto })
  @ApiProblems(401, 403, 404)
  quota(@CurrentMember() admin: TenantMember): Promise<InvitationQuotaDto> {
    return this.invitations.quotaOf(admin.userId);
  }

  @Post()
  @ApiOperation({
    operationId: 'createInvitation',
    summary: 'Invite someone by e-mail',
    description:
      'Queues the invitation e-mail in the same transaction. 409 `already_member`, 409 `invitation_exists` ' +
      '(with `invitationId`, to resend), 429 `invitation_quota_exceeded` or `recipient_quota_exceeded` with Retry-After.',
  })
  @ApiCreatedResponse({ type: InvitationDto })
  @ApiProblems(400, 401, 403, 404, 409, 429)
  create(@CurrentMember() admin: TenantMember, @Body() body: CreateInvitationDto): Promise<InvitationDto> {
    return this.invitations.create(admin, body);
  }

  @Post('batch')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({
    operationId: 'inviteBatch',
    summary: 'Invite many addresses at once, or see first what would happen',
    description:
      `Up to ${BATCH_ROWS_MAX} rows (e.g. a pasted list or a CSV \`email,roles,language\` with roles by name). With ` +
      '`dryRun: true` nothing is sent or counted: each row says whether it would be invited, and why not (already ' +
      'a member, already invited, a duplicate in the list, an invalid address, an unknown role, over the daily or ' +
      'the per-address limit: the quota decides which rows fit, in list order). With `dryRun: false` each row is ' +
      'sent in its own transaction, so a bad row never blocks the others, and its outcome is reported.',
  })
  @ApiOkResponse({ type: InvitationBatchResultDto })
  @ApiProblems(400, 401, 403, 404)
  batch(@CurrentMember() admin: TenantMember, @Body() body: InvitationBatchDto): Promise<InvitationBatchResultDto> {
    return this.batches.run(admin, body);
  }

  @Get(':invitationId')
  @ApiOperation({
    operationId: 'getInvitation',
    summary: 'Where one invitation stands',
    description:
      'For a link to an invitation (e.g. from the “asks for a new link” e-mail): open or revoked, with the row ' +
      'as the tables show it, or accepted, with who accepted it. 404 `invitation_not_found` when this customer ' +
      'has no such invitation.',
  })
  @ApiOkResponse({ type: InvitationLookupDto })
  @ApiProblems(401, 403, 404)
  lookup(@CurrentMember() admin: TenantMember, @InvitationId id: string): Promise<InvitationLookupDto> {
    return this.invitations.lookup(admin.tenantId, id);
  }

  @Post(':invitationId/resend')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({
    operationId: 'resendInvitation',
    summary: 'Send a new link',
    description:
      'The previous link stops working at once; the new one is valid for a fresh lifetime. Counts against the limits. ' +
      'The sending admin becomes the inviter. A revoked invitation opens again (409 `already_member` or ' +
      '`invitation_exists` when the address joined or was invited again meanwhile); accepted ones answer 404.',
  })
  @ApiOkResponse({ type: InvitationDto })
  @ApiProblems(401, 403, 404, 409, 429)
  resend(@CurrentMember() admin: TenantMember, @InvitationId id: string): Promise<InvitationDto> {
    return this.invitations.resend(admin, id);
  }

  @Delete(':invitationId')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({
    operationId: 'deleteInvitation',
    summary: 'Delete an open invitation',
    description:
      'Revokes it: its link then shows that the invitation was withdrawn, and it is listed under `status=revoked` ' +
      'with who deleted it. Does not give back quota.',
  })
  @ApiNoContentResponse({ description: 'Deleted.' })
  @ApiProblems(401, 403, 404)
  async delete(@CurrentMember() admin: TenantMember, @InvitationId id: string): Promise<void> {
    await this.invitations.delete(admin, id);
  }
}
