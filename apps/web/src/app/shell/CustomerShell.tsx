import { useTranslation } from 'react-i18next';
import { Link, Navigate, useParams } from 'react-router';
import { buttonClass } from '../../components/Button';
import { StatusPage } from '../../components/StatusPage';
import { useMe } from '../../lib/me/get-me';
import { landingPath } from '../../lib/customers/customer-paths';
import { CurrentCustomerContext } from '../../lib/customers/current-customer';
import { accessEndedState, useEndedMembership } from '../../features/leaving/access-ended';
import { PublicLayout } from '../layouts/PublicLayout';
import { AppShell } from './AppShell';

/** `/c/:customerNumber/*`: the member's pages of that customer, or a clear answer when there is none. */
export function CustomerShell() {
  const { t } = useTranslation();
  const { customerNumber = '' } = useParams();
  const { data: me } = useMe();
  const membership = me.memberships.find((candidate) => candidate.customerNumber === customerNumber);
  // Access that ended while the page was open (removed by an admin, left in another tab) closes the customer.
  const ended = useEndedMembership(customerNumber, membership);
  if (!membership) {
    if (ended?.kind === 'removed') {
      return <Navigate to={landingPath(me.memberships)} replace state={accessEndedState(ended)} />;
    }
    // Left in this tab: the leaving flow takes the user on.
    if (ended) return null;
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
