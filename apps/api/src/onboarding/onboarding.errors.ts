import { HttpStatus } from '@nestjs/common';
import { ProblemError, tooManyRequests } from '../common/problem';

export enum OnboardingProblemCode {
  NotRestricted = 'not_restricted',
  AccessRequestThrottled = 'access_request_throttled',
}

declare module '../common/problem' {
  interface ProblemCodes {
    onboarding: OnboardingProblemCode;
  }
}

/** Only a restricted member (one without rights) asks the admins for access. */
export const notRestricted = () =>
  new ProblemError(
    HttpStatus.CONFLICT,
    OnboardingProblemCode.NotRestricted,
    'You already have access',
    'You already have rights in this customer. For more, ask an admin of this customer directly.',
  );

export const accessRequestThrottled = (retryAfterSeconds: number) =>
  tooManyRequests(
    OnboardingProblemCode.AccessRequestThrottled,
    'You asked for access a moment ago; the admins have been e-mailed. You can ask again in an hour.',
    retryAfterSeconds,
  );
