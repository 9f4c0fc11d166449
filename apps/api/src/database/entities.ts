import { AreaRecordEntity } from '../areas/area-record.entity';
import { RefreshTokenEntity } from '../auth/refresh-token.entity';
import { DevMailMessageEntity } from '../dev-mailbox/dev-mail-message.entity';
import { FeedbackEntity } from '../onboarding/feedback.entity';
import { RoleEntity } from '../roles/role.entity';
import { MembershipEntity } from '../tenants/membership.entity';
import { TenantEntity } from '../tenants/tenant.entity';
import { UserEntity } from '../users/user.entity';

export const ENTITIES = [
  AreaRecordEntity,
  DevMailMessageEntity,
  FeedbackEntity,
  MembershipEntity,
  RefreshTokenEntity,
  RoleEntity,
  TenantEntity,
  UserEntity,
];
