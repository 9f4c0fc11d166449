import { EMAIL_MAX } from '@cloudhub/validation-limits';
import type { TFunction } from 'i18next';
import type { FieldErrors } from '../../lib/forms/use-form-errors';
import { isBlank, looksLikeEmail } from '../../lib/validation';

export const INVITATION_FIELDS = ['email', 'roleIds', 'language'] as const;
export type InvitationField = (typeof INVITATION_FIELDS)[number];

/** Catches typos before a round trip; the API decides what a plain address is. */
export function validateInvitation({ email }: { email: string }, t: TFunction): FieldErrors<InvitationField> {
  if (isBlank(email)) return { email: t('invite.emailRequired') };
  if (email.trim().length > EMAIL_MAX) return { email: t('validation.maxLength', { max: EMAIL_MAX }) };
  if (!looksLikeEmail(email)) return { email: t('invite.emailInvalid') };
  return {};
}
