import { HttpStatus } from '@nestjs/common';
import type { PasswordVerdict } from '@cloudhub/password-policy';
import { ProblemError, tooManyRequests } from '../common/problem';
import type { LinkStatus } from './dto/joining.dto';

const LINK_PROBLEMS: Readonly<Record<Exclude<LinkStatus, 'pending'>, [HttpStatus, string, string]>> = {
  expired: [
    HttpStatus.GONE,
    'invitation_expired',
    'This invitation has expired. Ask for a new link on the invitation page.',
  ],
  revoked: [HttpStatus.GONE, 'invitation_revoked', 'This invitation was withdrawn by an admin of the customer.'],
  accepted: [HttpStatus.CONFLICT, 'invitation_already_used', 'This invitation has already been used. Log in instead.'],
  invalid: [HttpStatus.NOT_FOUND, 'invitation_invalid', 'This invitation link is not valid. Use the newest e-mail.'],
};

export const linkNotUsable = (status: Exclude<LinkStatus, 'pending'>) => {
  const [httpStatus, code, detail] = LINK_PROBLEMS[status];
  return new ProblemError(httpStatus, code, 'Invitation not usable', detail);
};

export const invitationEmailMismatch = (invited: string) =>
  new ProblemError(
    HttpStatus.FORBIDDEN,
    'invitation_email_mismatch',
    'Invitation for another address',
    `This invitation is for ${invited}. Log out and log in with that address, or register it.`,
    { invitedEmail: invited },
  );

export const accountExists = () =>
  new ProblemError(
    HttpStatus.CONFLICT,
    'account_exists',
    'Account exists',
    'There is already an account for this address. Log in to accept the invitation.',
  );

const PASSWORD_MESSAGES: Readonly<Record<PasswordVerdict['problems'][number], string>> = {
  too_short: 'must be at least 15 characters long',
  too_long: 'must be at most 256 characters long',
  breached: 'appears in lists of passwords from data breaches; choose another one',
  contains_context: 'must not be built on the product name, the company name or your e-mail address',
  easy_to_guess: 'is too easy to guess; a few unrelated words make a strong password',
};

export const passwordTooWeak = (verdict: PasswordVerdict) =>
  new ProblemError(
    HttpStatus.BAD_REQUEST,
    'password_too_weak',
    'Password not accepted',
    `password: ${PASSWORD_MESSAGES[verdict.problems[0]]}`,
    {},
    verdict.problems.map((problem) => ({ field: 'password', message: PASSWORD_MESSAGES[problem], code: problem })),
  );

export const renewalAlreadyRequested = (retryAfterSeconds: number) =>
  tooManyRequests(
    'renewal_already_requested',
    'A new link was asked for a moment ago; the admin has been e-mailed. Please wait for their answer.',
    retryAfterSeconds,
  );
