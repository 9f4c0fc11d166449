import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/Alert';
import { LoginForm } from '../../auth/components/LoginForm';

interface LogInToAcceptProps {
  email: string;
  /** The address got an account after the page was opened (registering answered 409). */
  accountJustFound: boolean;
  onLoggedIn: () => Promise<void>;
}

/** The invited address has an account: its usual login, in place, accepts the invitation. */
export function LogInToAccept({ email, accountJustFound, onLoggedIn }: LogInToAcceptProps) {
  const { t } = useTranslation();
  return (
    <div className="stack">
      <h2>{t('joining.loginTitle')}</h2>
      {accountJustFound ? (
        <Alert tone="info">{t('joining.accountExists', { email })}</Alert>
      ) : (
        <p>{t('joining.loginText', { email })}</p>
      )}
      <LoginForm onLoggedIn={onLoggedIn} defaultEmail={email} />
    </div>
  );
}
