import { useTranslation } from 'react-i18next';

/** "Show password": switches the form's password field between hidden and plain text. */
export function ShowPasswordCheckbox({ checked, onChange }: { checked: boolean; onChange: (show: boolean) => void }) {
  const { t } = useTranslation();
  return (
    <label className="checkbox">
      <input type="checkbox" checked={checked} onChange={(event) => onChange(event.target.checked)} />
      {t('login.showPassword')}
    </label>
  );
}
