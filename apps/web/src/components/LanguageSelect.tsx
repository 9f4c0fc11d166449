import { LANGUAGES, type Language } from '@cloudhub/permissions';
import { useTranslation } from 'react-i18next';
import { isLanguage } from '../lib/language/language-preference';
import type { ControlProps } from './FormField';

interface LanguageSelectProps {
  control: ControlProps;
  value: Language;
  onChange: (language: Language) => void;
}

/** The account-language select of forms, each option named in its own language. */
export function LanguageSelect({ control, value, onChange }: LanguageSelectProps) {
  const { t } = useTranslation();
  return (
    <select
      {...control}
      name="language"
      value={value}
      onChange={(event) => {
        if (isLanguage(event.target.value)) onChange(event.target.value);
      }}
    >
      {LANGUAGES.map((option) => (
        <option key={option} value={option} lang={option}>
          {t(`language.${option}`)}
        </option>
      ))}
    </select>
  );
}
