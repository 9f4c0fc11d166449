import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { pickLanguage, readStoredLanguage } from '../../lib/language/language-preference';
import de from '../../locales/de.json';
import en from '../../locales/en.json';

export const resources = { en: { translation: en }, de: { translation: de } } as const;

export function setUpI18n(): void {
  i18next.on('languageChanged', (language) => {
    document.documentElement.lang = language;
  });
  void i18next.use(initReactI18next).init({
    resources,
    lng: pickLanguage(readStoredLanguage(), navigator.languages),
    fallbackLng: 'en',
    supportedLngs: ['en', 'de'],
    interpolation: { escapeValue: false },
    initAsync: false,
  });
}
