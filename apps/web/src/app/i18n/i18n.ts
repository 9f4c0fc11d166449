import type { Language } from '@cloudhub/permissions';
import i18next, { type BackendModule, type ResourceKey } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { isLanguage, pickLanguage, readStoredLanguage } from '../../lib/language/language-preference';
import en from '../../locales/en.json';

/**
 * English is the fallback, so it comes with every page; another language's catalogue is a chunk of its
 * own, loaded before the first render when it is the chosen one, or when the user switches to it.
 */
const catalogues: Record<Language, () => Promise<ResourceKey>> = {
  en: () => Promise.resolve(en),
  de: async () => (await import('../../locales/de.json')).default,
};

const lazyCatalogues: BackendModule = {
  type: 'backend',
  init: () => undefined,
  read(language, _namespace, callback) {
    if (!isLanguage(language)) {
      callback(new Error(`no catalogue for ${language}`), false);
      return;
    }
    catalogues[language]().then(
      (catalogue) => callback(null, catalogue),
      (error: unknown) => callback(error instanceof Error ? error : new Error(String(error)), false),
    );
  },
};

/** Resolves once the chosen language can be shown (in English when its catalogue cannot be loaded). */
export async function setUpI18n(): Promise<void> {
  i18next.on('languageChanged', (language) => {
    document.documentElement.lang = language;
  });
  await i18next
    .use(lazyCatalogues)
    .use(initReactI18next)
    .init({
      resources: { en: { translation: en } },
      partialBundledLanguages: true,
      lng: pickLanguage(readStoredLanguage(), navigator.languages),
      fallbackLng: 'en',
      supportedLngs: ['en', 'de'],
      interpolation: { escapeValue: false },
    });
}
