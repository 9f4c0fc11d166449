import { HttpStatus } from '@nestjs/common';
import { AREAS, type Permission } from '@cloudhub/permissions';
import { ProblemError, validationFailed } from '../common/problem';

export enum TenantsProblemCode {
  TenantNotFound = 'tenant_not_found',
  PermissionRequired = 'permission_required',
  LastAdmin = 'last_admin',
}

/** Why a named successor (`successorId`, see `admin-succession.ts`) cannot take over. */
export enum TenantsFieldErrorCode {
  /** Not a member of this customer: unknown, another customer's user, or gone meanwhile. */
  SuccessorNotMember = 'successorNotMember',
  /** The caller themselves: they are the one giving the admin rights up. */
  SuccessorIsSelf = 'successorIsSelf',
  /** Named with a change of someone else's roles: a successor takes over only from the caller. */
  SuccessorOnlyForOwnRights = 'successorOnlyForOwnRights',
}

declare module '../common/problem' {
  interface ProblemCodes {
    tenants: TenantsProblemCode;
  }
  interface FieldErrorCodes {
    tenants: TenantsFieldErrorCode;
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
    'This would leave the customer without an admin. Make someone else admin first, or name a successor ' +
      '(`successorId`) when you leave or give up your own admin rights.',
  );

export const successorNotMember = () =>
  validationFailed([
    {
      field: 'successorId',
      code: TenantsFieldErrorCode.SuccessorNotMember,
      message: 'must be a member of this customer',
    },
  ]);

export const successorIsSelf = () =>
  validationFailed([
    { field: 'successorId', code: TenantsFieldErrorCode.SuccessorIsSelf, message: 'must be someone other than you' },
  ]);

export const successorOnlyForOwnRights = () =>
  validationFailed([
    {
      field: 'successorId',
      code: TenantsFieldErrorCode.SuccessorOnlyForOwnRights,
      message: 'can only be named when you leave or give up your own admin rights',
    },
  ]);
