import { useTranslation } from 'react-i18next';
import { errorMessage } from '../lib/api/error-message';
import { useLanguage } from '../lib/language/use-language';
import { Button } from './Button';
import { Icon } from './Icon';

/** A failed load: what went wrong in the user's words, and a way to try again. */
export function ErrorState({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <div className="state state--error" role="alert">
      <Icon name="alert" className="state__icon" />
      <p className="state__title">{t('states.errorTitle')}</p>
      <p>{errorMessage(error, t, language)}</p>
      {onRetry && (
        <Button variant="secondary" icon="refresh" onClick={onRetry}>
          {t('states.retry')}
        </Button>
      )}
    </div>
  );
}
