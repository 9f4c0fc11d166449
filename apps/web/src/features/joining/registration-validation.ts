import { plainTextProblem } from '@cloudhub/plain-text';
import { NAME_MAX } from '@cloudhub/validation-limits';
import type { TFunction } from 'i18next';
import { isBlank } from '../../lib/validation';
import type { PasswordVerdict } from './use-password-check';

export type RegistrationField = 'name' | 'password';
export const REGISTRATION_FIELDS: readonly RegistrationField[] = ['name', 'password'];

/**
 * Errors found before sending. The password's verdict comes from the shared policy when it has loaded;
 * without it the API decides (and answers with the same reasons).
 */
export function validateRegistration(
  { name, password }: { name: string; password: string },
  verdict: PasswordVerdict | undefined,
  t: TFunction,
): Partial<Record<RegistrationField, string>> {
  const errors: Partial<Record<RegistrationField, string>> = {};
  if (isBlank(name)) errors.name = t('joining.nameRequired');
  else if (name.trim().length > NAME_MAX) errors.name = t('validation.maxLength', { max: NAME_MAX });
  else {
    // The API's rule for text others see in their e-mails (400 `noLinksOrMarkup`), said before sending.
    const problem = plainTextProblem(name.trim(), 'name');
    if (problem) errors.name = t(`validation.plainText.${problem}`);
  }
  const [problem] = verdict?.problems ?? [];
  if (password === '') errors.password = t('password.required');
  else if (problem) errors.password = t(`password.problems.${problem}`);
  return errors;
}
