import { Body, Controller, Get, Patch } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Authenticated } from '../access/access-policy.decorator';
import { CurrentUser, type AuthenticatedUser } from '../access/authenticated-user';
import { ApiProblems } from '../common/api-problems.decorator';
import { MeDto } from './dto/me.dto';
import { UpdateMeDto } from './dto/update-me.dto';
import { MeService } from './me.service';

@ApiTags('me')
@ApiBearerAuth()
@Controller('me')
@Authenticated()
export class MeController {
  constructor(private readonly me: MeService) {}

  @Get()
  @ApiOperation({
    operationId: 'getMe',
    summary: 'The logged-in user and their customers',
    description: 'Each membership carries the permissions its roles grant right now, read from the database.',
  })
  @ApiOkResponse({ type: MeDto })
  @ApiProblems(401)
  getMe(@CurrentUser() user: AuthenticatedUser): Promise<MeDto> {
    return this.me.describe(user.userId);
  }

  @Patch()
  @ApiOperation({
    operationId: 'updateMe',
    summary: 'Change your display name or language',
    description: 'The language is used for the portal and for every e-mail sent to you.',
  })
  @ApiOkResponse({ type: MeDto })
  @ApiProblems(400, 401)
  updateMe(@CurrentUser() user: AuthenticatedUser, @Body() body: UpdateMeDto): Promise<MeDto> {
    return this.me.update(user.userId, body);
  }
}
