import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/Button';
import { Page } from '../../../components/Page';
import { useMe } from '../../auth/api/get-me';
import { useLogout } from '../../auth/api/logout';
import { CustomerList } from '../components/CustomerList';
import { NoCustomers } from '../components/NoCustomers';

export function CustomerChooserPage() {
  const { t } = useTranslation();
  const { data: me } = useMe();
  const logout = useLogout();
  const hasCustomers = me.memberships.length > 0;

  return (
    <div className="card card--narrow">
      <Page
        title={hasCustomers ? t('customers.title') : t('customers.noneTitle')}
        intro={hasCustomers ? t('customers.intro') : undefined}
      >
        {hasCustomers ? <CustomerList memberships={me.memberships} /> : <NoCustomers me={me} />}
        <div className="card__footer">
          <span className="muted">{t('customers.loggedInAs', { email: me.email })}</span>
          <Button
            variant="secondary"
            icon="logout"
            loading={logout.isPending}
            loadingLabel={t('shell.loggingOut')}
            onClick={() => logout.mutate()}
          >
            {t('shell.logout')}
          </Button>
        </div>
      </Page>
    </div>
  );
}
