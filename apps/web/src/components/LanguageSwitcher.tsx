import { LANGUAGES } from '@cloudhub/permissions';
import { useTranslation } from 'react-i18next';
import { switchLanguage, useLanguage } from '../lib/language/use-language';

/** For pages before login; once logged in, the language is a setting of the account. */
export function LanguageSwitcher() {
  const { t } = useTranslation();
  const current = useLanguage();
  return (
    <div className="language-switcher" role="group" aria-label={t('language.label')}>
      {LANGUAGES.map((language) => (
        <button
          key={language}
          type="button"
          lang={language}
          className="language-switcher__option"
          aria-pressed={language === current}
          onClick={() => switchLanguage(language)}
        >
          {t(`language.${language}`)}
        </button>
      ))}
    </div>
  );
}
