import i18next, { type TFunction } from 'i18next';
import de from '../locales/de.json';
import en from '../locales/en.json';

/** A real i18next instance over the app's catalogues, for tests of code that takes a `t`. */
export function testT(language: 'en' | 'de' = 'en'): TFunction {
  const instance = i18next.createInstance();
  void instance.init({
    resources: { en: { translation: en }, de: { translation: de } },
    lng: language,
    fallbackLng: 'en',
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  return instance.t;
}
