import { HttpStatus } from '@nestjs/common';
import { ProblemError } from '../common/problem';

export const roleNotFound = () =>
  new ProblemError(HttpStatus.NOT_FOUND, 'role_not_found', 'Role not found', 'This customer has no role with this id.');

export const roleNameTaken = (name: string) =>
  new ProblemError(
    HttpStatus.CONFLICT,
    'role_name_taken',
    'Role name taken',
    `This customer already has a role named "${name}".`,
    {},
    [{ field: 'name', message: 'is already used by another role of this customer', code: 'taken' }],
  );
