import { ApiProperty } from '@nestjs/swagger';
import { MEMBERSHIP_EVENT_KINDS, type MembershipEvent, type MembershipEventKind } from '../membership-event';

/** The JSON `data` of a `membership` event on GET /api/me/events. */
export class MembershipEventDto implements MembershipEvent {
  @ApiProperty({
    type: String,
    format: 'uuid',
    nullable: true,
    description: 'The customer whose membership changed; null for `resync`, which concerns every customer.',
  })
  tenantId!: string | null;

  @ApiProperty({
    enum: MEMBERSHIP_EVENT_KINDS,
    enumName: 'MembershipEventKind',
    description:
      '`membership_added`, `membership_removed`, `permissions_changed` (roles given or taken, or a role’s ' +
      'permissions edited or the role deleted), or `resync`: changes may have been missed, re-read everything.',
  })
  kind!: MembershipEventKind;
}
