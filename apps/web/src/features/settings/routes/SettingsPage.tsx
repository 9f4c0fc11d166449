import { useTranslation } from 'react-i18next';
import { Page } from '../../../components/Page';
import { useMe } from '../../auth/api/get-me';
import { ProfileForm } from '../components/ProfileForm';

export function SettingsPage() {
  const { t } = useTranslation();
  const { data: me } = useMe();
  return (
    <Page title={t('settings.title')}>
      <section className="panel panel--form" aria-labelledby="settings-profile">
        <h2 id="settings-profile">{t('settings.profileTitle')}</h2>
        <ProfileForm me={me} />
      </section>
    </Page>
  );
}
