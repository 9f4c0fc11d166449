import type { ContentArea } from '@cloudhub/permissions';
import { useTranslation } from 'react-i18next';
import { Page } from '../../../components/Page';
import { useLanguage } from '../../../lib/language/use-language';
import { useCurrentCustomer } from '../../../lib/customers/current-customer';
import { areaDefinition, mayUseArea } from '../../../lib/area-pages';
import { AreaRecords } from '../components/AreaRecords';
import { NoAccess } from '../components/NoAccess';

/** One page for every demo area; the API refuses the data too (403) when the member lacks the right. */
export function AreaPage({ area }: { area: ContentArea }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const customer = useCurrentCustomer();
  const definition = areaDefinition(area);
  const label = definition.label[language];
  if (!mayUseArea(customer.permissions, area)) return <NoAccess areaLabel={label} />;
  return (
    <Page title={label} intro={definition.description[language]}>
      <AreaRecords
        tenantId={customer.tenantId}
        area={area}
        caption={t('areas.caption', { area: label, company: customer.companyName })}
      />
    </Page>
  );
}
