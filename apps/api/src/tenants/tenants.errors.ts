import { HttpStatus } from '@nestjs/common';
import { AREAS, type Permission } from '@cloudhub/permissions';
import { ProblemError } from '../common/problem';

/** Said alike for a customer that does not exist and one the caller does not belong to. */
export const tenantNotFound = () =>
  new ProblemError(
    HttpStatus.NOT_FOUND,
    'tenant_not_found',
    'Customer not found',
    'There is no customer with this id that you have access to.',
  );

export const permissionRequired = (permission: Permission) => {
  const area = AREAS.find((candidate) => candidate.permission === permission);
  return new ProblemError(
    HttpStatus.FORBIDDEN,
    'permission_required',
    'Permission required',
    `This needs the permission "${permission}"${area ? ` (${area.label.en})` : ''}. Ask an admin of this customer for access.`,
    { permission },
  );
};
