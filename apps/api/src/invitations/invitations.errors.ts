import { HttpStatus } from '@nestjs/common';
import { ProblemError, tooManyRequests, validationFailed } from '../common/problem';

export const invitationNotFound = () =>
  new ProblemError(
    HttpStatus.NOT_FOUND,
    'invitation_not_found',
    'Invitation not found',
    'This customer has no open invitation with this id. It may have been accepted or deleted.',
  );

export const invitationExists = (invitationId: string) =>
  new ProblemError(
    HttpStatus.CONFLICT,
    'invitation_exists',
    'Already invited',
    'This address already has an open invitation to this customer. Resend it instead.',
    { invitationId },
    [{ field: 'email', message: 'already has an open invitation; resend it instead', code: 'invited' }],
  );

export const alreadyMember = () =>
  new ProblemError(
    HttpStatus.CONFLICT,
    'already_member',
    'Already a member',
    'The person with this address is already a member of this customer.',
    {},
    [{ field: 'email', message: 'is already a member of this customer', code: 'member' }],
  );

export const unknownInvitationRoles = () =>
  validationFailed([{ field: 'roleIds', message: 'contains a role this customer does not have', code: 'unknownRole' }]);

const at = (moment: Date) => `${moment.toISOString().slice(11, 16)} UTC`;

export const invitationQuotaExceeded = (limit: number, resetsAt: Date, retryAfterSeconds: number) =>
  tooManyRequests(
    'invitation_quota_exceeded',
    `You have sent ${limit} invitation e-mails in the last 24 hours, the most allowed. The next one frees up at ${at(resetsAt)}.`,
    retryAfterSeconds,
    { limit, resetsAt: resetsAt.toISOString() },
  );

export const recipientQuotaExceeded = (limit: number, resetsAt: Date, retryAfterSeconds: number) =>
  tooManyRequests(
    'recipient_quota_exceeded',
    `This address has received ${limit} invitation e-mails from this customer in the last 24 hours, the most allowed, so that nobody is flooded with e-mails. The next one is possible at ${at(resetsAt)}.`,
    retryAfterSeconds,
    { limit, resetsAt: resetsAt.toISOString() },
  );
