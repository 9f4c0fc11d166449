import { AreaRecordEntity } from '../areas/area-record.entity';
import { RoleEntity } from '../roles/role.entity';

export const ENTITIES = [AreaRecordEntity, RoleEntity];
