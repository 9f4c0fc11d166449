import { AREAS } from '@cloudhub/permissions';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink } from 'react-router';
import { Icon, type IconName } from '../../components/Icon';
import type { Membership } from '../../lib/me/get-me';
import { useLanguage } from '../../lib/language/use-language';
import { navigationFor, type NavItem } from './nav-items';

interface SidebarProps {
  id: string;
  membership: Membership;
  customerCount: number;
  open: boolean;
  onNavigate: () => void;
}

export function Sidebar({ id, membership, customerCount, open, onNavigate }: SidebarProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const areasLabel = useId();
  const helpLabel = useId();
  const navigation = navigationFor(membership, customerCount);
  const areaLabel = (key: string) => AREAS.find((area) => area.key === key)?.label[language] ?? key;

  const link = (item: NavItem<string>, label: string, { icon, end = false }: { icon: IconName; end?: boolean }) => (
    <li key={item.key}>
      <NavLink className="nav__link" to={item.to} end={end} onClick={onNavigate}>
        <Icon name={icon} />
        <span>{label}</span>
      </NavLink>
    </li>
  );

  return (
    <nav id={id} className={open ? 'sidebar is-open' : 'sidebar'} aria-label={t('nav.label')}>
      <div className="sidebar__customer">
        <Icon name="building" className="sidebar__customer-icon" />
        <div>
          <p className="sidebar__company">{membership.companyName}</p>
          <p className="sidebar__number">{t('shell.customerNumber', { number: membership.customerNumber })}</p>
        </div>
      </div>
      {navigation.changeCustomer && (
        <Link className="sidebar__switch" to={navigation.changeCustomer.to} onClick={onNavigate}>
          <Icon name="customers" />
          <span>{t('nav.customers')}</span>
        </Link>
      )}
      <ul className="nav__list">{link(navigation.home, t('nav.home'), { icon: 'home', end: true })}</ul>
      {navigation.areas.length > 0 && (
        <>
          <p className="nav__group" id={areasLabel}>
            {t('nav.areas')}
          </p>
          <ul className="nav__list" aria-labelledby={areasLabel}>
            {navigation.areas.map((item) => link(item, areaLabel(item.key), { icon: item.key }))}
            {navigation.customerSettings &&
              link(navigation.customerSettings, t('nav.customerSettings'), { icon: 'building' })}
          </ul>
        </>
      )}
      <p className="nav__group" id={helpLabel}>
        {t('nav.help')}
      </p>
      <ul className="nav__list" aria-labelledby={helpLabel}>
        {navigation.help.map((item) => link(item, t(`nav.${item.key}`), { icon: item.key }))}
      </ul>
    </nav>
  );
}
