import type { TFunction } from 'i18next';
import type { FieldErrors } from '../../lib/forms/use-form-errors';
import { isBlank } from '../../lib/validation';

export const ROLE_FIELDS = ['name', 'permissions'] as const;
export type RoleField = (typeof ROLE_FIELDS)[number];

/** The API's limit on role names. */
export const ROLE_NAME_MAX_LENGTH = 60;

export function validateRole({ name }: { name: string }, t: TFunction): FieldErrors<RoleField> {
  if (isBlank(name)) return { name: t('roles.nameRequired') };
  if (name.trim().length > ROLE_NAME_MAX_LENGTH)
    return { name: t('validation.maxLength', { max: ROLE_NAME_MAX_LENGTH }) };
  return {};
}
