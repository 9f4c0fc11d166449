import { applyDecorators, Controller } from '@nestjs/common';
import { ApiParam } from '@nestjs/swagger';
import { UUID_SCHEMA } from '../common/uuid-path-param.decorator';

/** A controller under `/tenants/{tenantId}/...`, with the path parameter documented once. */
export const TenantController = (path = '') =>
  applyDecorators(
    Controller(`tenants/:tenantId${path ? `/${path}` : ''}`),
    ApiParam({
      name: 'tenantId',
      description: 'The customer’s id (`tenantId` of a membership in GET /api/me).',
      schema: UUID_SCHEMA,
    }),
  );
