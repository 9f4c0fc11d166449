import { useTranslation } from 'react-i18next';

/** The product mark and name; the text carries the meaning, the mark is decoration. */
export function Logo() {
  const { t } = useTranslation();
  return (
    <span className="logo">
      <svg className="logo__mark" viewBox="0 0 32 32" aria-hidden="true" focusable="false">
        <rect width="32" height="32" rx="8" fill="currentColor" />
        <path
          d="M10.5 21.5h11a4.5 4.5 0 0 0 .6-8.96A6 6 0 0 0 10.6 14a3.75 3.75 0 0 0-.1 7.5z"
          fill="none"
          stroke="#fff"
          strokeWidth="2"
          strokeLinejoin="round"
        />
      </svg>
      <span className="logo__name">{t('app.name')}</span>
    </span>
  );
}
