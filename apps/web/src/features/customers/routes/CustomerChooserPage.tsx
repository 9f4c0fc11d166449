import { useTranslation } from 'react-i18next';
import { LogoutButton } from '../../../components/LogoutButton';
import { Page } from '../../../components/Page';
import { useMe } from '../../../lib/me/get-me';
import { CustomerList } from '../components/CustomerList';
import { NoCustomers } from '../components/NoCustomers';

export function CustomerChooserPage() {
  const { t } = useTranslation();
  const { data: me } = useMe();
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
          <LogoutButton variant="secondary" />
        </div>
      </Page>
    </div>
  );
}
