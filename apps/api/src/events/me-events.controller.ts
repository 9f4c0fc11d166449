import { Controller, Sse, type MessageEvent } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiExtension,
  ApiExtraModels,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  getSchemaPath,
} from '@nestjs/swagger';
import type { Observable } from 'rxjs';
import { Authenticated } from '../access/access-policy.decorator';
import { CurrentUser, type AuthenticatedUser } from '../access/authenticated-user';
import { ApiProblems } from '../common/api-problems.decorator';
import { MembershipEventDto } from './dto/membership-event.dto';
import { MeEventsService } from './me-events.service';

@ApiTags('me')
@ApiBearerAuth()
@ApiExtraModels(MembershipEventDto)
@Controller('me')
@Authenticated()
export class MeEventsController {
  constructor(private readonly events: MeEventsService) {}

  @Sse('events')
  @ApiOperation({
    operationId: 'streamMyEvents',
    summary: 'Live changes of your memberships and permissions',
    description:
      'A server-sent event stream, authenticated by the bearer header like every call (use a fetch-based ' +
      'client; never put the token in a URL). A change to one of your memberships, made through any API ' +
      'instance, arrives within a second as `event: membership` with a `MembershipEventDto` as `data`. ' +
      'Re-read GET /api/me on each one and after every (re)connect: nothing is replayed, and `id`s only number ' +
      'the messages of one connection. The stream starts with a `retry:` hint, carries `: heartbeat` comments ' +
      'to stay open, and ends when the server shuts down or the access token expires; reconnect then (with a ' +
      'fresh token). At most ' +
      '`EVENTS_MAX_STREAMS_PER_USER` (default 5) streams per user are open on one server; a further one is ' +
      'refused with 429 `too_many_event_streams`.',
  })
  @ApiOkResponse({
    description: 'The event stream; it stays open.',
    content: {
      'text/event-stream': {
        schema: { type: 'string', description: 'The `data` of a `membership` event is a MembershipEventDto.' },
        example:
          'id: 1\nretry: 3000\n: connected\n\n' +
          'event: membership\nid: 2\ndata: {"tenantId":"…","kind":"permissions_changed"}\n\n' +
          ': heartbeat\n\n',
      },
    },
  })
  // OpenAPI 3.0 cannot type the events of a stream; this names the schema of their data.
  @ApiExtension('x-event-data', { $ref: getSchemaPath(MembershipEventDto) })
  @ApiProblems(401, 429)
  streamMyEvents(@CurrentUser() user: AuthenticatedUser): Observable<MessageEvent> {
    return this.events.stream(user.userId, user.tokenExpiresAt);
  }
}
