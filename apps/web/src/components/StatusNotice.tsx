import { useTranslation } from 'react-i18next';
import { Icon } from './Icon';

/**
 * The outcome of the last action on a page ("Role created."). The live region is always there, so screen
 * readers announce each new message; the message itself shows as a success box.
 */
export function StatusNotice({ message, onDismiss }: { message: string | undefined; onDismiss: () => void }) {
  const { t } = useTranslation();
  return (
    <div role="status" className="status-notice">
      {message && (
        <div className="alert alert--success">
          <Icon name="check" className="alert__icon" />
          <p className="alert__body">{message}</p>
          <button type="button" className="icon-button alert__dismiss" onClick={onDismiss}>
            <Icon name="close" />
            <span className="visually-hidden">{t('dialog.dismiss')}</span>
          </button>
        </div>
      )}
    </div>
  );
}
