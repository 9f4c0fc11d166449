import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Icon } from '../../../components/Icon';
import type { Membership } from '../../../lib/me/get-me';
import { customerPath } from '../../../lib/customers/customer-paths';

export function CustomerList({ memberships }: { memberships: readonly Membership[] }) {
  const { t } = useTranslation();
  return (
    <ul className="choice-list" aria-label={t('customers.listLabel')}>
      {memberships.map((membership) => (
        <li key={membership.tenantId}>
          <Link className="choice" to={customerPath(membership.customerNumber)}>
            <Icon name="building" className="choice__icon" />
            <span className="choice__text">
              <span className="choice__title">{membership.companyName}</span>
              <span className="choice__meta">{t('shell.customerNumber', { number: membership.customerNumber })}</span>
              <span className="choice__meta">
                {membership.roles.length > 0
                  ? t('customers.roles', { roles: membership.roles.map((role) => role.name).join(', ') })
                  : t('customers.noRoles')}
              </span>
            </span>
            <Icon name="chevronRight" className="choice__chevron" />
          </Link>
        </li>
      ))}
    </ul>
  );
}
