import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Page } from '../../../components/Page';
import { useMe } from '../../../lib/me/get-me';
import { ProfileForm } from '../components/ProfileForm';

/** `children`: further sections that other features add (composed by the router). */
export function SettingsPage({ children }: { children?: ReactNode }) {
  const { t } = useTranslation();
  const { data: me } = useMe();
  return (
    <Page title={t('settings.title')}>
      <div className="stack">
        <section className="panel panel--form" aria-labelledby="settings-profile">
          <h2 id="settings-profile">{t('settings.profileTitle')}</h2>
          <ProfileForm me={me} />
        </section>
        {children}
      </div>
    </Page>
  );
}
