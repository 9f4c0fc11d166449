import { LANGUAGES, type Language } from '@cloudhub/permissions';
import { useTranslation } from 'react-i18next';
import { FormField } from '../../../../components/FormField';
import { isLanguage } from '../../../../lib/language/language-preference';

/** The language of the invitation e-mail; empty means the customer's default. */
export function InvitationLanguageField({
  value,
  onChange,
  hint,
  error,
}: {
  value: Language | '';
  onChange: (language: Language | '') => void;
  hint: string;
  error?: string;
}) {
  const { t } = useTranslation();
  return (
    <FormField label={t('invite.language')} hint={hint} error={error}>
      {(control) => (
        <select
          {...control}
          name="language"
          value={value}
          onChange={(event) => onChange(isLanguage(event.target.value) ? event.target.value : '')}
        >
          <option value="">{t('invite.languageDefault')}</option>
          {LANGUAGES.map((option) => (
            <option key={option} value={option} lang={option}>
              {t(`language.${option}`)}
            </option>
          ))}
        </select>
      )}
    </FormField>
  );
}
