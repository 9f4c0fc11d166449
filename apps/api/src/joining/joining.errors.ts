import { HttpStatus } from '@nestjs/common';
import {
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
  type PasswordProblem,
  type PasswordVerdict,
} from '@cloudhub/password-policy';
import { ProblemError, tooManyRequests } from '../common/problem';

export enum JoiningProblemCode {
  InvitationExpired = 'invitation_expired',
  InvitationRevoked = 'invitation_revoked',
  InvitationAlreadyUsed = 'invitation_already_used',
  InvitationInvalid = 'invitation_invalid',
  InvitationNotExpired = 'invitation_not_expired',
  InvitationEmailMismatch = 'invitation_email_mismatch',
  AccountExists = 'account_exists',
  PasswordTooWeak = 'password_too_weak',
  RenewalAlreadyRequested = 'renewal_already_requested',
}

/** Why the password policy (`@cloudhub/password-policy`) refused a password: its own reasons, as they are. */
export enum JoiningFieldErrorCode {
  TooShort = 'too_short',
  TooLong = 'too_long',
  Breached = 'breached',
  ContainsContext = 'contains_context',
  EasyToGuess = 'easy_to_guess',
}

declare module '../common/problem' {
  interface ProblemCodes {
    joining: JoiningProblemCode;
  }
  interface FieldErrorCodes {
    joining: JoiningFieldErrorCode;
  }
}
import type { LinkStatus } from './dto/joining.dto';

const LINK_PROBLEMS: Readonly<Record<Exclude<LinkStatus, 'pending'>, [HttpStatus, JoiningProblemCode, string]>> = {
  expired: [
    HttpStatus.GONE,
    JoiningProblemCode.InvitationExpired,
    'This invitation has expired. Ask for a new link on the invitation page.',
  ],
  revoked: [
    HttpStatus.GONE,
    JoiningProblemCode.InvitationRevoked,
    'This invitation was withdrawn by an admin of the customer.',
  ],
  accepted: [
    HttpStatus.CONFLICT,
    JoiningProblemCode.InvitationAlreadyUsed,
    'This invitation has already been used. Log in instead.',
  ],
  invalid: [
    HttpStatus.NOT_FOUND,
    JoiningProblemCode.InvitationInvalid,
    'This invitation link is not valid. Use the newest e-mail.',
  ],
};

export const linkNotUsable = (status: Exclude<LinkStatus, 'pending'>) => {
  const [httpStatus, code, detail] = LINK_PROBLEMS[status];
  return new ProblemError(httpStatus, code, 'Invitation not usable', detail);
};

export const invitationEmailMismatch = (invited: string) =>
  new ProblemError(
    HttpStatus.FORBIDDEN,
    JoiningProblemCode.InvitationEmailMismatch,
    'Invitation for another address',
    `This invitation is for ${invited}. Log out and log in with that address, or register it.`,
    { invitedEmail: invited },
  );

export const accountExists = () =>
  new ProblemError(
    HttpStatus.CONFLICT,
    JoiningProblemCode.AccountExists,
    'Account exists',
    'There is already an account for this address. Log in to accept the invitation.',
  );

const PASSWORD_CODES: Readonly<Record<PasswordProblem, JoiningFieldErrorCode>> = {
  too_short: JoiningFieldErrorCode.TooShort,
  too_long: JoiningFieldErrorCode.TooLong,
  breached: JoiningFieldErrorCode.Breached,
  contains_context: JoiningFieldErrorCode.ContainsContext,
  easy_to_guess: JoiningFieldErrorCode.EasyToGuess,
};

const PASSWORD_MESSAGES: Readonly<Record<PasswordVerdict['problems'][number], string>> = {
  too_short: `must be at least ${PASSWORD_MIN_LENGTH} characters long`,
  too_long: `must be at most ${PASSWORD_MAX_LENGTH} characters long`,
  breached: 'appears in lists of passwords from data breaches; choose another one',
  contains_context: 'must not be built on the product name, the company name or your e-mail address',
  easy_to_guess: 'is too easy to guess; a few unrelated words make a strong password',
};

export const passwordTooWeak = (verdict: PasswordVerdict) =>
  new ProblemError(
    HttpStatus.BAD_REQUEST,
    JoiningProblemCode.PasswordTooWeak,
    'Password not accepted',
    `password: ${PASSWORD_MESSAGES[verdict.problems[0]]}`,
    {},
    verdict.problems.map((problem) => ({
      field: 'password',
      message: PASSWORD_MESSAGES[problem],
      code: PASSWORD_CODES[problem],
      ...(problem === 'too_short' ? { params: { min: PASSWORD_MIN_LENGTH } } : {}),
      ...(problem === 'too_long' ? { params: { max: PASSWORD_MAX_LENGTH } } : {}),
    })),
  );

export const renewalAlreadyRequested = (retryAfterSeconds: number) =>
  tooManyRequests(
    JoiningProblemCode.RenewalAlreadyRequested,
    'A new link was asked for a moment ago; the admin has been e-mailed. Please wait for their answer.',
    retryAfterSeconds,
  );

/** Only an expired link can ask for a new one. */
export const invitationNotExpired = () =>
  new ProblemError(
    HttpStatus.CONFLICT,
    JoiningProblemCode.InvitationNotExpired,
    'Invitation still valid',
    'This invitation is still valid: you can accept it right away.',
  );
