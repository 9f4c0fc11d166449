import { ROLE_NAME_MAX } from '@cloudhub/validation-limits';
import type { TFunction } from 'i18next';
import type { FieldErrors } from '../../lib/forms/use-form-errors';
import { isBlank } from '../../lib/validation';

export const ROLE_FIELDS = ['name', 'permissions'] as const;
export type RoleField = (typeof ROLE_FIELDS)[number];

export function validateRole({ name }: { name: string }, t: TFunction): FieldErrors<RoleField> {
  if (isBlank(name)) return { name: t('roles.nameRequired') };
  if (name.trim().length > ROLE_NAME_MAX) return { name: t('validation.maxLength', { max: ROLE_NAME_MAX }) };
  return {};
}
