import { AreaRecordEntity } from '../areas/area-record.entity';
import { RefreshTokenEntity } from '../auth/refresh-token.entity';
import { RoleEntity } from '../roles/role.entity';
import { MembershipEntity } from '../tenants/membership.entity';
import { TenantEntity } from '../tenants/tenant.entity';
import { UserEntity } from '../users/user.entity';

export const ENTITIES = [AreaRecordEntity, MembershipEntity, RefreshTokenEntity, RoleEntity, TenantEntity, UserEntity];
