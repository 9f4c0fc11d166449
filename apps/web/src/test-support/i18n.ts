import i18next, { type TFunction } from 'i18next';
import { resources } from '../app/i18n/i18n';

/** A real i18next instance over the app's catalogues, for tests of code that takes a `t`. */
export function testT(language: 'en' | 'de' = 'en'): TFunction {
  const instance = i18next.createInstance();
  void instance.init({
    resources,
    lng: language,
    fallbackLng: 'en',
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  return instance.t;
}
