import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { buttonClass } from '../../../components/Button';
import { StatusPage } from '../../../components/StatusPage';
import { customerPath } from '../../../lib/customers/customer-paths';
import { useCurrentCustomer } from '../../../lib/customers/current-customer';

export function NoAccess({ areaLabel }: { areaLabel: string }) {
  const { t } = useTranslation();
  const customer = useCurrentCustomer();
  return (
    <StatusPage
      icon="lock"
      title={t('noAccess.title', { area: areaLabel })}
      text={t('noAccess.text', { area: areaLabel, company: customer.companyName })}
      action={
        <Link className={buttonClass('primary')} to={customerPath(customer.customerNumber)}>
          {t('noAccess.action')}
        </Link>
      }
    />
  );
}
