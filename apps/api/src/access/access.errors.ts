import { HttpStatus } from '@nestjs/common';
import { CommonProblemCode } from '../common/common.errors';
import { ProblemError } from '../common/problem';

/** No valid access token: missing, invalid or expired (any route that is not public). */
export const unauthenticated = () =>
  new ProblemError(
    HttpStatus.UNAUTHORIZED,
    CommonProblemCode.Unauthenticated,
    'Not logged in',
    'Log in to continue: the access token is missing, invalid or expired.',
  );
