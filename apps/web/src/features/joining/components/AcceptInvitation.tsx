import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/Alert';
import { Button } from '../../../components/Button';

interface AcceptInvitationProps {
  email: string;
  companyName: string;
  accepting: boolean;
  error: string | undefined;
  onAccept: () => void;
}

/** Logged in with the invited address: one click joins. */
export function AcceptInvitation({ email, companyName, accepting, error, onAccept }: AcceptInvitationProps) {
  const { t } = useTranslation();
  return (
    <div className="stack">
      <h2>{t('joining.acceptTitle')}</h2>
      <p>{t('joining.acceptText', { email, company: companyName })}</p>
      {error && <Alert tone="error">{error}</Alert>}
      <Button
        icon="check"
        className="button--block"
        loading={accepting}
        loadingLabel={t('joining.accepting')}
        onClick={onAccept}
      >
        {t('joining.accept')}
      </Button>
    </div>
  );
}
