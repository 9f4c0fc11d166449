import { HttpStatus } from '@nestjs/common';
import { AREAS, type Permission } from '@cloudhub/permissions';
import { ProblemError } from '../common/problem';

export enum TenantsProblemCode {
  TenantNotFound = 'tenant_not_found',
  PermissionRequired = 'permission_required',
  LastAdmin = 'last_admin',
}

declare module '../common/problem' {
  interface ProblemCodes {
    tenants: TenantsProblemCode;
  }
}

/** Said alike for a customer that does not exist and one the caller does not belong to. */
export const tenantNotFound = () =>
  new ProblemError(
    HttpStatus.NOT_FOUND,
    TenantsProblemCode.TenantNotFound,
    'Customer not found',
    'There is no customer with this id that you have access to.',
  );

export const permissionRequired = (permission: Permission) => {
  const area = AREAS.find((candidate) => candidate.permission === permission);
  return new ProblemError(
    HttpStatus.FORBIDDEN,
    TenantsProblemCode.PermissionRequired,
    'Permission required',
    `This needs the permission "${permission}"${area ? ` (${area.label.en})` : ''}. Ask an admin of this customer for access.`,
    { permission },
  );
};

/** The admin invariant (`admin-invariant.ts`) refuses a change that leaves a customer without an admin. */
export const lastAdmin = () =>
  new ProblemError(
    HttpStatus.CONFLICT,
    TenantsProblemCode.LastAdmin,
    'A customer needs an admin',
    'This would leave the customer without an admin. Make someone else admin first.',
  );
