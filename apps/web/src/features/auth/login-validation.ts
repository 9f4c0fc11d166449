import type { TFunction } from 'i18next';
import { isBlank, looksLikeEmail } from '../../lib/validation';
import type { Credentials } from './api/login';

export type LoginField = keyof Credentials;
export const LOGIN_FIELDS: readonly LoginField[] = ['email', 'password'];

export function validateLogin({ email, password }: Credentials, t: TFunction): Partial<Record<LoginField, string>> {
  const errors: Partial<Record<LoginField, string>> = {};
  if (isBlank(email)) errors.email = t('login.emailRequired');
  else if (!looksLikeEmail(email)) errors.email = t('login.emailInvalid');
  if (password === '') errors.password = t('login.passwordRequired');
  return errors;
}
