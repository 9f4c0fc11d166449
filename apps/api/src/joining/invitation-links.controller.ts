import { Body, Controller, HttpCode, HttpStatus, Post, Res, UseGuards } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { ThrottlerGuard } from '@nestjs/throttler';
import type { Response } from 'express';
import { Authenticated, Public } from '../access/access-policy.decorator';
import { AuthService } from '../auth/auth.service';
import { CurrentUser, type AuthenticatedUser } from '../access/authenticated-user';
import { AccessTokenDto } from '../auth/dto/access-token.dto';
import { setRefreshCookie } from '../auth/refresh-cookie';
import { ApiProblems } from '../common/api-problems.decorator';
import { RateLimit } from '../common/rate-limit.decorator';
import type { RuntimeConfig } from '../config/app-config';
import { InjectConfig } from '../config/config.module';
import {
  AcceptedInvitationDto,
  InvitationPreviewDto,
  InvitationTokenDto,
  RegisterThroughInvitationDto,
  RenewalRequestedDto,
} from './dto/joining.dto';
import { InvitationAcceptanceService } from './invitation-acceptance.service';
import { InvitationPreviewService } from './invitation-preview.service';
import { InvitationRenewalService } from './invitation-renewal.service';

/** The invited person's side. The token travels in request bodies only, never in a URL. */
@ApiTags('joining')
@Controller('invitations')
@UseGuards(ThrottlerGuard)
export class InvitationLinksController {
  constructor(
    private readonly previews: InvitationPreviewService,
    private readonly acceptance: InvitationAcceptanceService,
    private readonly renewals: InvitationRenewalService,
    private readonly auth: AuthService,
    @InjectConfig() private readonly config: RuntimeConfig,
  ) {}

  @Post('preview')
  @Public()
  @HttpCode(HttpStatus.OK)
  @RateLimit(30, 60_000)
  @ApiOperation({
    operationId: 'previewInvitation',
    summary: 'What an invitation link leads to',
    description:
      'Company, customer number, invited address, inviter, roles with their permissions, expiry, and ' +
      '`status`: pending, expired, revoked, accepted or invalid (`reason`: replaced by a newer link, or unknown).',
  })
  @ApiOkResponse({ type: InvitationPreviewDto })
  @ApiProblems(400, 429)
  preview(@Body() body: InvitationTokenDto): Promise<InvitationPreviewDto> {
    return this.previews.preview(body.token);
  }

  @Post('accept')
  @Authenticated()
  @ApiBearerAuth()
  @HttpCode(HttpStatus.OK)
  @RateLimit(30, 60_000)
  @ApiOperation({
    operationId: 'acceptInvitation',
    summary: 'Join the customer with the logged-in account',
    description:
      'Only for the invited address (403 `invitation_email_mismatch` otherwise, and the invitation stays open). ' +
      'Gives the invitation’s roles as they are now.',
  })
  @ApiOkResponse({ type: AcceptedInvitationDto })
  @ApiProblems(400, 401, 403, 404, 409, 429)
  accept(@CurrentUser() user: AuthenticatedUser, @Body() body: InvitationTokenDto): Promise<AcceptedInvitationDto> {
    return this.acceptance.accept(user.userId, body.token);
  }

  @Post('register')
  @Public()
  @RateLimit(30, 60_000)
  @ApiOperation({
    operationId: 'registerThroughInvitation',
    summary: 'Create the account for the invited address and join',
    description:
      'Logs the new user in (access token + refresh cookie) and sends the welcome e-mail. 409 `account_exists` ' +
      'when the address has an account (log in and accept instead); 400 `password_too_weak` with the reasons.',
  })
  @ApiCreatedResponse({ type: AccessTokenDto })
  @ApiProblems(400, 404, 409, 429)
  async register(
    @Body() body: RegisterThroughInvitationDto,
    @Res({ passthrough: true }) response: Response,
  ): Promise<AccessTokenDto> {
    const { userId } = await this.acceptance.register(body);
    const session = await this.auth.startSession(userId);
    setRefreshCookie(response, session.refresh, this.config.appUrl.startsWith('https:'));
    response.setHeader('Cache-Control', 'no-store');
    return session.access;
  }

  @Post('renewal-request')
  @Public()
  @HttpCode(HttpStatus.ACCEPTED)
  @RateLimit(5, 60_000)
  @ApiOperation({
    operationId: 'requestInvitationRenewal',
    summary: 'Ask the inviting admin for a new link (expired invitations)',
    description: 'E-mails the admin and marks the invitation in their table; once per hour per invitation.',
  })
  @ApiAcceptedResponse({ type: RenewalRequestedDto })
  @ApiProblems(400, 404, 409, 429)
  requestRenewal(@Body() body: InvitationTokenDto): Promise<RenewalRequestedDto> {
    return this.renewals.request(body.token);
  }
}
