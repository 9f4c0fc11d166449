import { HttpStatus } from '@nestjs/common';
import { ProblemError, validationFailed } from '../common/problem';

export const memberNotFound = () =>
  new ProblemError(
    HttpStatus.NOT_FOUND,
    'member_not_found',
    'Member not found',
    'This customer has no member with this id.',
  );

export const unknownRoles = () =>
  validationFailed([{ field: 'roleIds', message: 'contains a role this customer does not have', code: 'unknownRole' }]);
