import { useTranslation } from 'react-i18next';
import { ErrorState } from '../../../components/ErrorState';
import { LoadingState } from '../../../components/LoadingState';
import { Page } from '../../../components/Page';
import { useCurrentCustomer } from '../../../lib/customers/current-customer';
import { useCustomerSettings } from '../../../lib/customers/customer-settings';
import { CustomerSettingsForm } from '../components/CustomerSettingsForm';

/** `/c/:customerNumber/customer-settings`: what applies to everyone in the customer. Admins only. */
export function CustomerSettingsPage() {
  const { t } = useTranslation();
  const customer = useCurrentCustomer();
  const settings = useCustomerSettings(customer.tenantId);
  return (
    <Page
      title={t('customerSettings.title')}
      intro={t('customerSettings.intro', { company: customer.companyName, number: customer.customerNumber })}
    >
      <section className="panel panel--form" aria-labelledby="customer-settings-invitations">
        <h2 id="customer-settings-invitations">{t('customerSettings.invitationsTitle')}</h2>
        {settings.isPending ? (
          <LoadingState />
        ) : settings.isError ? (
          <ErrorState error={settings.error} onRetry={() => void settings.refetch()} />
        ) : (
          <CustomerSettingsForm settings={settings.data} />
        )}
      </section>
    </Page>
  );
}
