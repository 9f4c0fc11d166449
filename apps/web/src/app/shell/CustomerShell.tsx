import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { buttonClass } from '../../components/Button';
import { StatusPage } from '../../components/StatusPage';
import { useMe } from '../../features/auth/api/get-me';
import { CurrentCustomerContext } from '../../features/customers/current-customer';
import { PublicLayout } from '../layouts/PublicLayout';
import { AppShell } from './AppShell';

/** `/c/:customerNumber/*`: the member's pages of that customer, or a clear answer when there is none. */
export function CustomerShell() {
  const { t } = useTranslation();
  const { customerNumber = '' } = useParams();
  const { data: me } = useMe();
  const membership = me.memberships.find((candidate) => candidate.customerNumber === customerNumber);
  if (!membership) {
    return (
      <PublicLayout languageSwitcher={false}>
        <StatusPage
          icon="lock"
          title={t('customerNotFound.title')}
          text={t('customerNotFound.text', { number: customerNumber })}
          action={
            <Link className={buttonClass('primary')} to="/customers">
              {t('customerNotFound.action')}
            </Link>
          }
        />
      </PublicLayout>
    );
  }
  return (
    <CurrentCustomerContext value={membership}>
      <AppShell me={me} membership={membership} />
    </CurrentCustomerContext>
  );
}
