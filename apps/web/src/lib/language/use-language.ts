import type { Language } from '@cloudhub/permissions';
import i18next from 'i18next';
import { useTranslation } from 'react-i18next';
import { isLanguage, storeLanguage } from './language-preference';

/** The UI language; components that format dates or numbers re-render when it changes. */
export function useLanguage(): Language {
  const { i18n } = useTranslation();
  return isLanguage(i18n.language) ? i18n.language : 'en';
}

/** Switches the whole UI at once and remembers the choice for the login page of the next visit. */
export function switchLanguage(language: Language): void {
  storeLanguage(language);
  if (i18next.language !== language) void i18next.changeLanguage(language);
}
