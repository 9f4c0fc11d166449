import { applyDecorators } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Matches } from 'class-validator';
import { UUID_LENGTH } from '@cloudhub/validation-limits';
import { CommonFieldErrorCode } from '../common/common.errors';
import { validationFailed } from '../common/problem';
import type { RolesRepository } from './roles.repository';

/** `role=none`: those without any role (members in restricted mode, invitations that grant nothing). */
export const NO_ROLE = 'none';

const ROLE_FILTER = /^(none|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/i;

/** `?role=<role id>|none` of a list, its counts and its export: the same parameter on every table. */
export function RoleFilter(description: string): PropertyDecorator {
  return applyDecorators(
    ApiPropertyOptional({
      type: 'string',
      maxLength: UUID_LENGTH,
      pattern: ROLE_FILTER.source,
      description: `${description} An id that is no role of this customer is refused (400 \`unknownRole\`).`,
    }),
    IsOptional(),
    IsString(),
    Matches(ROLE_FILTER, { message: `must be a role id or ${NO_ROLE}` }),
  );
}

/** `role=` names a role this customer does not have (another customer's, or one deleted since). */
const unknownRoleFilter = () =>
  validationFailed([
    { field: 'role', message: 'is not a role of this customer', code: CommonFieldErrorCode.UnknownRole },
  ]);

/** The filter, lower-cased, once it is known to name one of the customer's roles (or NO_ROLE). */
export async function checkedRoleFilter(
  roles: RolesRepository,
  tenantId: string,
  role: string | undefined,
): Promise<string | undefined> {
  const value = role?.toLowerCase();
  if (value && value !== NO_ROLE && (await roles.existing(tenantId, [value])).length === 0) throw unknownRoleFilter();
  return value;
}
