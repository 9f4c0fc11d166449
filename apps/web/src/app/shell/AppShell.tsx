import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet } from 'react-router';
import { LogoutButton } from '../../components/LogoutButton';
import { Icon } from '../../components/Icon';
import { Logo } from '../../components/Logo';
import type { Me, Membership } from '../../lib/me/get-me';
import { customerPath } from '../../lib/customers/customer-paths';
import { AccessEndedNotice } from '../../features/leaving/components/AccessEndedNotice';
import { RestrictedBanner } from '../../features/restricted/components/RestrictedBanner';
import { WelcomeTour } from '../../features/tour/components/WelcomeTour';
import { Sidebar } from './Sidebar';

const NAV_ID = 'portal-navigation';

/** Header, sidebar and main area of every page inside a customer; on phones the sidebar folds away. */
export function AppShell({ me, membership }: { me: Me; membership: Membership }) {
  const { t } = useTranslation();
  const [menuOpen, setMenuOpen] = useState(false);
  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="shell__header">
        <button
          type="button"
          className="shell__menu-button"
          aria-expanded={menuOpen}
          aria-controls={NAV_ID}
          onClick={() => setMenuOpen((open) => !open)}
        >
          <Icon name={menuOpen ? 'close' : 'menu'} />
          {t('nav.menu')}
        </button>
        <Link to={customerPath(membership.customerNumber)} className="shell__brand">
          <Logo />
        </Link>
        <div className="shell__user">
          <span className="shell__user-name">{me.name}</span>
          <LogoutButton variant="quiet" className="shell__logout" />
        </div>
      </header>
      <Sidebar
        id={NAV_ID}
        membership={membership}
        customerCount={me.memberships.length}
        open={menuOpen}
        onNavigate={() => setMenuOpen(false)}
      />
      <main id="main" className="shell__main" tabIndex={-1}>
        <AccessEndedNotice />
        {membership.restricted && <RestrictedBanner key={membership.tenantId} membership={membership} />}
        <Outlet />
      </main>
      <WelcomeTour key={membership.tenantId} membership={membership} />
    </div>
  );
}
