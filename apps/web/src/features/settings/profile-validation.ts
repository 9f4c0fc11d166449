import { plainTextProblem } from '@cloudhub/plain-text';
import { NAME_MAX } from '@cloudhub/validation-limits';
import type { TFunction } from 'i18next';
import { isBlank } from '../../lib/validation';

export type ProfileField = 'name' | 'language';
export const PROFILE_FIELDS: readonly ProfileField[] = ['name', 'language'];

export function validateProfile({ name }: { name: string }, t: TFunction): Partial<Record<ProfileField, string>> {
  if (isBlank(name)) return { name: t('settings.nameRequired') };
  if (name.trim().length > NAME_MAX) return { name: t('settings.nameTooLong') };
  // The API's rule for text others see in their e-mails (400 `noLinksOrMarkup`), said before sending.
  const problem = plainTextProblem(name.trim(), 'name');
  return problem ? { name: t(`validation.plainText.${problem}`) } : {};
}
