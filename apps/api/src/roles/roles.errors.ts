import { HttpStatus } from '@nestjs/common';
import { ProblemError } from '../common/problem';

export enum RolesProblemCode {
  RoleNotFound = 'role_not_found',
  RoleNameTaken = 'role_name_taken',
}

export enum RolesFieldErrorCode {
  /** Another role of the customer has this name. */
  Taken = 'taken',
}

declare module '../common/problem' {
  interface ProblemCodes {
    roles: RolesProblemCode;
  }
  interface FieldErrorCodes {
    roles: RolesFieldErrorCode;
  }
}

export const roleNotFound = () =>
  new ProblemError(
    HttpStatus.NOT_FOUND,
    RolesProblemCode.RoleNotFound,
    'Role not found',
    'This customer has no role with this id.',
  );

export const roleNameTaken = (name: string) =>
  new ProblemError(
    HttpStatus.CONFLICT,
    RolesProblemCode.RoleNameTaken,
    'Role name taken',
    `This customer already has a role named "${name}".`,
    {},
    [{ field: 'name', message: 'is already used by another role of this customer', code: RolesFieldErrorCode.Taken }],
  );
