import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet } from 'react-router';
import { LanguageSwitcher } from '../../components/LanguageSwitcher';
import { Logo } from '../../components/Logo';
import { AccessEndedNotice } from '../../features/leaving/components/AccessEndedNotice';

interface PublicLayoutProps {
  /** Logged-in pages leave the language to the account's setting. */
  languageSwitcher?: boolean;
  children?: ReactNode;
}

/** The frame of pages outside a customer: login, customer chooser, dev mailbox, not found. */
export function PublicLayout({ languageSwitcher = true, children }: PublicLayoutProps) {
  const { t } = useTranslation();
  return (
    <div className="public-layout">
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="public-header">
        <Link to="/" className="public-header__brand">
          <Logo />
        </Link>
        {languageSwitcher && <LanguageSwitcher />}
      </header>
      <main id="main" className="public-main" tabIndex={-1}>
        <AccessEndedNotice />
        {children ?? <Outlet />}
      </main>
    </div>
  );
}
