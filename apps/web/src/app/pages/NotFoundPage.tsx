import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { buttonClass } from '../../components/Button';
import { StatusPage } from '../../components/StatusPage';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <StatusPage
      icon="search"
      title={t('notFound.title')}
      text={t('notFound.text')}
      action={
        <Link className={buttonClass('primary')} to="/">
          {t('notFound.action')}
        </Link>
      }
    />
  );
}
