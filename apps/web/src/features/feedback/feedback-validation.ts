import { FEEDBACK_MAX } from '@cloudhub/validation-limits';
import type { TFunction } from 'i18next';
import { isBlank } from '../../lib/validation';

export type FeedbackField = 'message';
export const FEEDBACK_FIELDS: readonly FeedbackField[] = ['message'];

export function validateFeedback(message: string, t: TFunction): Partial<Record<FeedbackField, string>> {
  if (isBlank(message)) return { message: t('feedback.messageRequired') };
  if (message.trim().length > FEEDBACK_MAX) return { message: t('feedback.messageTooLong') };
  return {};
}
