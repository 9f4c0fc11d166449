import { AREAS, type Permission } from '@cloudhub/permissions';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../../../lib/language/use-language';
import { CheckboxGroup } from '../CheckboxGroup';

interface PermissionCheckboxesProps {
  selected: readonly Permission[];
  onChange: (permissions: Permission[]) => void;
  error?: string;
}

/** One checkbox per area of the catalogue, with its name and what it gives in plain words. */
export function PermissionCheckboxes({ selected, onChange, error }: PermissionCheckboxesProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <CheckboxGroup
      name="permissions"
      legend={t('roles.permissions')}
      hint={t('roles.permissionsHint')}
      error={error}
      options={AREAS.map((area) => ({
        value: area.permission,
        label: area.label[language],
        description: area.description[language],
      }))}
      selected={selected}
      onChange={(values) =>
        // In catalogue order, whatever order they were ticked in.
        onChange(AREAS.map((area) => area.permission).filter((permission) => values.includes(permission)))
      }
    />
  );
}
