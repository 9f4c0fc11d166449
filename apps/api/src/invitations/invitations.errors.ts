import { HttpStatus } from '@nestjs/common';
import { CommonFieldErrorCode, type InvalidEmailReason } from '../common/common.errors';
import { ProblemError, tooManyRequests, validationFailed, type FieldError } from '../common/problem';

export enum InvitationsProblemCode {
  InvitationNotFound = 'invitation_not_found',
  InvitationExists = 'invitation_exists',
  AlreadyMember = 'already_member',
  InvitationQuotaExceeded = 'invitation_quota_exceeded',
  RecipientQuotaExceeded = 'recipient_quota_exceeded',
}

/** Why an address cannot be invited, on its own or as a row of a batch. */
export enum InvitationsFieldErrorCode {
  /** Not one plain mailbox address (`plain-email.ts`). */
  IsPlainEmail = 'isPlainEmail',
  /** The person is a member of the customer already. */
  Member = 'member',
  /** The address has an open invitation already. */
  Invited = 'invited',
  /** Batch: the address is in an earlier row; `params.row` is that row, from 1. */
  Duplicate = 'duplicate',
  /** Batch: not a plain address; `params.reason` is one of {@link InvalidEmailReason}. */
  InvalidEmail = 'invalidEmail',
  /** Batch: the rows before use up the admin's e-mails for 24 hours; `params.limit` is that number. */
  DailyQuota = 'dailyQuota',
  /** Batch: the address had the most invitation e-mails from this customer for 24 hours. */
  RecipientQuota = 'recipientQuota',
  /** Bulk resend or delete: this customer has no invitation with this id that the action applies to. */
  NotFound = 'notFound',
  /** Batch or bulk: a server error (the database going away) stopped the request here; nothing was done for it. */
  NotDone = 'notDone',
}

export type { InvalidEmailReason } from '../common/common.errors';

declare module '../common/problem' {
  interface ProblemCodes {
    invitations: InvitationsProblemCode;
  }
  interface FieldErrorCodes {
    invitations: InvitationsFieldErrorCode;
  }
}

export const invitationNotFound = () =>
  new ProblemError(
    HttpStatus.NOT_FOUND,
    InvitationsProblemCode.InvitationNotFound,
    'Invitation not found',
    'This customer has no open invitation with this id. It may have been accepted or deleted.',
  );

export const invitationExists = (invitationId: string) =>
  new ProblemError(
    HttpStatus.CONFLICT,
    InvitationsProblemCode.InvitationExists,
    'Already invited',
    'This address already has an open invitation to this customer. Resend it instead.',
    { invitationId },
    [invitedRow()],
  );

export const alreadyMember = () =>
  new ProblemError(
    HttpStatus.CONFLICT,
    InvitationsProblemCode.AlreadyMember,
    'Already a member',
    'The person with this address is already a member of this customer.',
    {},
    [memberRow()],
  );

export const unknownInvitationRoles = () =>
  validationFailed([
    {
      field: 'roleIds',
      message: 'contains a role this customer does not have',
      code: CommonFieldErrorCode.UnknownRole,
    },
  ]);

const at = (moment: Date) => `${moment.toISOString().slice(11, 16)} UTC`;

export const invitationQuotaExceeded = (limit: number, resetsAt: Date, retryAfterSeconds: number) =>
  tooManyRequests(
    InvitationsProblemCode.InvitationQuotaExceeded,
    `You have sent ${limit} invitation e-mails in the last 24 hours, the most allowed. The next one frees up at ${at(resetsAt)}.`,
    retryAfterSeconds,
    { limit, resetsAt: resetsAt.toISOString() },
  );

export const recipientQuotaExceeded = (limit: number, resetsAt: Date, retryAfterSeconds: number) =>
  tooManyRequests(
    InvitationsProblemCode.RecipientQuotaExceeded,
    `This address has received ${limit} invitation e-mails from this customer in the last 24 hours, the most allowed, so that nobody is flooded with e-mails. The next one is possible at ${at(resetsAt)}.`,
    retryAfterSeconds,
    { limit, resetsAt: resetsAt.toISOString() },
  );

/** A field error about one row of a batch invitation. */
export interface BatchRowError extends FieldError {
  readonly field: 'email' | 'roleIds' | 'roleNames';
}

export const memberRow = (): BatchRowError => ({
  field: 'email',
  code: InvitationsFieldErrorCode.Member,
  message: 'is already a member of this customer',
});

export const invitedRow = (): BatchRowError => ({
  field: 'email',
  code: InvitationsFieldErrorCode.Invited,
  message: 'already has an open invitation; resend it instead',
});

/** `firstIndex` counts from 0, as the rows do; `params.row` and the message count from 1, as people do. */
export const duplicateRow = (firstIndex: number): BatchRowError => ({
  field: 'email',
  code: InvitationsFieldErrorCode.Duplicate,
  params: { row: firstIndex + 1 },
  message: `is already in row ${firstIndex + 1} of this list`,
});

const INVALID_EMAIL_MESSAGES: Readonly<Record<InvalidEmailReason, string>> = {
  empty: 'is empty',
  noAt: 'has no @',
  space: 'contains a space',
  tooLong: 'is longer than 254 characters',
  notSingle: 'is not a single e-mail address such as name@example.com',
};

export const invalidEmailRow = (reason: InvalidEmailReason): BatchRowError => ({
  field: 'email',
  code: InvitationsFieldErrorCode.InvalidEmail,
  params: { reason },
  message: INVALID_EMAIL_MESSAGES[reason],
});

/** Role names the customer does not have (a CSV names roles), or else role ids it does not have. */
export const unknownRoleRow = (names: readonly string[]): BatchRowError =>
  names.length > 0
    ? {
        field: 'roleNames',
        code: CommonFieldErrorCode.UnknownRole,
        params: { names },
        message: `names roles this customer does not have: ${names.join(', ')}`,
      }
    : {
        field: 'roleIds',
        code: CommonFieldErrorCode.UnknownRole,
        message: 'contains a role this customer does not have',
      };

/** A row a server error kept from being done: nothing was sent or changed for it, so it can simply be tried again. */
export const notDoneRow = (): BatchRowError => ({
  field: 'email',
  code: InvitationsFieldErrorCode.NotDone,
  message: 'was not done because of a server error; nothing changed for it, try again',
});

export const recipientQuotaRow = (): BatchRowError => ({
  field: 'email',
  code: InvitationsFieldErrorCode.RecipientQuota,
  message: 'has had the most invitation e-mails allowed from this customer in the last 24 hours',
});

export const dailyQuotaRow = (limit: number): BatchRowError => ({
  field: 'email',
  code: InvitationsFieldErrorCode.DailyQuota,
  params: { limit },
  message: `does not fit: you may send ${limit} invitation e-mails in any 24 hours, and the rows before it use them up`,
});

/** A bulk action's row whose id is not (or no longer) an invitation of this customer the action applies to. */
export const notFoundRow = (action: 'resend' | 'delete'): FieldError => ({
  field: 'id',
  code: InvitationsFieldErrorCode.NotFound,
  message:
    action === 'resend'
      ? 'is not an invitation of this customer that can be sent again; it may have been accepted'
      : 'is not an open invitation of this customer; it may have been accepted or deleted',
});
