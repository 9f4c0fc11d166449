import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Alert } from '../../../components/Alert';
import { Button } from '../../../components/Button';

interface WrongAccountProps {
  invitedEmail: string;
  currentEmail: string;
  loggingOut: boolean;
  onLogOut: () => void;
}

/** Logged in as someone else: the invitation is never accepted into that account; logging out lets the invitee on. */
export function WrongAccount({ invitedEmail, currentEmail, loggingOut, onLogOut }: WrongAccountProps) {
  const { t } = useTranslation();
  return (
    <div className="stack">
      <h2>{t('joining.wrongAccountTitle')}</h2>
      <Alert tone="info">{t('joining.wrongAccountText', { invited: invitedEmail, current: currentEmail })}</Alert>
      <p>{t('joining.wrongAccountHelp', { invited: invitedEmail })}</p>
      <Button
        icon="logout"
        className="button--block"
        loading={loggingOut}
        loadingLabel={t('shell.loggingOut')}
        onClick={onLogOut}
      >
        {t('joining.logOutAndContinue')}
      </Button>
      <Link to="/" className="invitation__secondary-link">
        {t('joining.stayLoggedIn', { email: currentEmail })}
      </Link>
    </div>
  );
}
