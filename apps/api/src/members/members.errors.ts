import { HttpStatus } from '@nestjs/common';
import { CommonFieldErrorCode } from '../common/common.errors';
import { ProblemError, validationFailed } from '../common/problem';

export enum MembersProblemCode {
  MemberNotFound = 'member_not_found',
}

declare module '../common/problem' {
  interface ProblemCodes {
    members: MembersProblemCode;
  }
}

export const memberNotFound = () =>
  new ProblemError(
    HttpStatus.NOT_FOUND,
    MembersProblemCode.MemberNotFound,
    'Member not found',
    'This customer has no member with this id.',
  );

export const unknownRoles = () =>
  validationFailed([
    {
      field: 'roleIds',
      message: 'contains a role this customer does not have',
      code: CommonFieldErrorCode.UnknownRole,
    },
  ]);
