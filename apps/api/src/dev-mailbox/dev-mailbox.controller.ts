import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public } from '../access/access-policy.decorator';
import { ApiProblems } from '../common/api-problems.decorator';
import { DevMailboxRepository } from './dev-mailbox.repository';
import { DevMailboxQueryDto, DevMailMessageDto } from './dto/dev-mail-message.dto';

/** Development only: exists while this instance runs the capture SMTP server. */
@ApiTags('dev')
@Controller('dev/mailbox')
@Public()
export class DevMailboxController {
  constructor(private readonly mailbox: DevMailboxRepository) {}

  @Get()
  @ApiOperation({
    operationId: 'listDevMailbox',
    summary: 'Messages caught by the development SMTP server, newest first',
    description: 'Only present when the API runs its own capture SMTP server (no SMTP_URL configured).',
  })
  @ApiOkResponse({ type: [DevMailMessageDto] })
  @ApiProblems(400)
  async list(@Query() query: DevMailboxQueryDto): Promise<DevMailMessageDto[]> {
    const messages = await this.mailbox.list(query.to);
    return messages.map((message) => ({ ...message, receivedAt: message.receivedAt.toISOString() }));
  }
}
