import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLanguage } from '../../../lib/language/use-language';
import { customerPath } from '../../../lib/customers/customer-paths';
import type { Role } from '../api/list-roles';
import { areaLabels } from '../permission-labels';
import { CheckboxGroup } from './CheckboxGroup';

interface RoleCheckboxesProps {
  customerNumber: string;
  roles: readonly Role[];
  selected: readonly string[];
  onChange: (roleIds: string[]) => void;
  legend: string;
  hint?: string;
  error?: string;
}

/** The customer's roles to pick from (none, one or several), each with the areas it opens. */
export function RoleCheckboxes({
  customerNumber,
  roles,
  selected,
  onChange,
  legend,
  hint,
  error,
}: RoleCheckboxesProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  if (roles.length === 0) {
    return (
      <fieldset name="roleIds" tabIndex={-1} className="field checkbox-group">
        <legend className="field__label">{legend}</legend>
        <p className="field__hint">
          {t('userManagement.noRolesYet')}{' '}
          <Link to={customerPath(customerNumber, 'roles')}>{t('userManagement.createRolesLink')}</Link>
        </p>
      </fieldset>
    );
  }
  return (
    <CheckboxGroup
      name="roleIds"
      legend={legend}
      hint={hint}
      error={error}
      options={roles.map((role) => {
        const areas = areaLabels(role.permissions, language);
        return {
          value: role.id,
          label: role.name,
          description: areas.length > 0 ? areas.join(', ') : t('roles.noPermissions'),
        };
      })}
      selected={selected}
      onChange={onChange}
    />
  );
}
