import type { ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/Alert';

/** The app's login form (the auth feature's), handed in by the router: features do not import each other. */
export type LoginFormComponent = ComponentType<{ onLoggedIn: () => Promise<void>; defaultEmail?: string }>;

interface LogInToAcceptProps {
  email: string;
  /** The address got an account after the page was opened (registering answered 409). */
  accountJustFound: boolean;
  onLoggedIn: () => Promise<void>;
  LoginForm: LoginFormComponent;
}

/** The invited address has an account: its usual login, in place, accepts the invitation. */
export function LogInToAccept({ email, accountJustFound, onLoggedIn, LoginForm }: LogInToAcceptProps) {
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
