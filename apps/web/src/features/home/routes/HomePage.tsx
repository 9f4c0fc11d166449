import { useTranslation } from 'react-i18next';
import { Page } from '../../../components/Page';
import { usableAreas } from '../../../lib/area-pages';
import { useMe } from '../../../lib/me/get-me';
import { useCurrentCustomer } from '../../../lib/customers/current-customer';
import { AreaShortcuts } from '../components/AreaShortcuts';
import { ResourceLinks } from '../components/ResourceLinks';

export function HomePage() {
  const { t } = useTranslation();
  const { data: me } = useMe();
  const customer = useCurrentCustomer();
  return (
    <Page
      title={t('home.greeting', { name: me.name })}
      intro={t('home.intro', { company: customer.companyName, number: customer.customerNumber })}
    >
      <div className="home-grid">
        <section className="panel" aria-labelledby="home-areas">
          <h2 id="home-areas">{t('home.areasTitle')}</h2>
          <AreaShortcuts customerNumber={customer.customerNumber} areas={usableAreas(customer.permissions)} />
        </section>
        <section className="panel" aria-labelledby="home-resources">
          <h2 id="home-resources">{t('home.resourcesTitle')}</h2>
          <ResourceLinks />
        </section>
      </div>
    </Page>
  );
}
