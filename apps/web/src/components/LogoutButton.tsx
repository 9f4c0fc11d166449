import { useTranslation } from 'react-i18next';
import { useLogout } from '../lib/session/logout';
import { Button, type ButtonVariant } from './Button';

/** Logs out here (even when the API cannot be reached); the app then leaves for the login page. */
export function LogoutButton({ variant, className }: { variant: ButtonVariant; className?: string }) {
  const { t } = useTranslation();
  const logout = useLogout();
  return (
    <Button
      variant={variant}
      icon="logout"
      className={className}
      loading={logout.isPending}
      loadingLabel={t('shell.loggingOut')}
      onClick={() => logout.mutate()}
    >
      {t('shell.logout')}
    </Button>
  );
}
