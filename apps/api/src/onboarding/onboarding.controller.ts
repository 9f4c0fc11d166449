import { Body, Controller, Get, HttpCode, HttpStatus, Post } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiTags,
} from '@nestjs/swagger';
import { AnyMember, Authenticated } from '../access/access-policy.decorator';
import { CurrentUser, type AuthenticatedUser } from '../access/authenticated-user';
import { ApiProblems } from '../common/api-problems.decorator';
import { UUID_SCHEMA } from '../common/uuid-path-param.decorator';
import { CurrentMember, type TenantMember } from '../access/current-member';
import { FaqListDto } from './dto/faq.dto';
import { CreateFeedbackDto, FeedbackDto } from './dto/feedback.dto';
import { AccessRequestsService } from './access-requests.service';
import { AccessRequestDto, CreateAccessRequestDto } from './dto/access-request.dto';
import { OnboardingService } from './onboarding.service';

/** What every member may use, restricted members included. */
@ApiTags('onboarding')
@ApiBearerAuth()
@Controller()
export class OnboardingController {
  constructor(
    private readonly onboarding: OnboardingService,
    private readonly accessRequests: AccessRequestsService,
  ) {}

  @Get('faqs')
  @Authenticated()
  @ApiOperation({
    operationId: 'listFaqs',
    summary: 'FAQ entries in the caller’s language',
    description: 'Open to every logged-in user, restricted members included.',
  })
  @ApiOkResponse({ type: FaqListDto })
  @ApiProblems(401)
  faqs(@CurrentUser() user: AuthenticatedUser): Promise<FaqListDto> {
    return this.onboarding.faqs(user.userId);
  }

  @Post('tenants/:tenantId/feedback')
  @AnyMember()
  @ApiParam({ name: 'tenantId', description: 'The customer’s id.', schema: UUID_SCHEMA })
  @ApiOperation({
    operationId: 'giveFeedback',
    summary: 'Send feedback about the portal',
    description: 'Open to every member of the customer, restricted members included. The message is trimmed.',
  })
  @ApiCreatedResponse({ type: FeedbackDto })
  @ApiProblems(400, 401, 404)
  feedback(@CurrentMember() member: TenantMember, @Body() body: CreateFeedbackDto): Promise<FeedbackDto> {
    return this.onboarding.giveFeedback(member.tenantId, member.userId, body.message);
  }

  @Post('tenants/:tenantId/access-requests')
  @AnyMember()
  @HttpCode(HttpStatus.ACCEPTED)
  @ApiParam({ name: 'tenantId', description: 'The customer’s id.', schema: UUID_SCHEMA })
  @ApiOperation({
    operationId: 'requestAccess',
    summary: 'Ask the admins for rights (members without any)',
    description:
      'E-mails every admin of the customer, naming the member and linking to their row. Once per hour ' +
      '(429 `access_request_throttled`); 409 `not_restricted` for members who have rights.',
  })
  @ApiAcceptedResponse({ type: AccessRequestDto })
  @ApiProblems(400, 401, 404, 409, 429)
  requestAccess(
    @CurrentMember() member: TenantMember,
    @Body() body: CreateAccessRequestDto,
  ): Promise<AccessRequestDto> {
    return this.accessRequests.request(member, body.message);
  }
}
