import { useTranslation } from 'react-i18next';
import { isRouteErrorResponse, useRouteError } from 'react-router';
import { Button } from '../../components/Button';
import { StatusPage } from '../../components/StatusPage';
import { PublicLayout } from '../layouts/PublicLayout';
import { NotFoundPage } from './NotFoundPage';

/** The last resort when a route cannot render; the reload usually helps after a deploy or a lost connection. */
export function RouteErrorPage() {
  const { t } = useTranslation();
  const error = useRouteError();
  return (
    <PublicLayout>
      {isRouteErrorResponse(error) && error.status === 404 ? (
        <NotFoundPage />
      ) : (
        <StatusPage
          icon="alert"
          title={t('errorPage.title')}
          text={t('errorPage.text')}
          action={
            <Button icon="refresh" onClick={() => window.location.reload()}>
              {t('errorPage.action')}
            </Button>
          }
        />
      )}
    </PublicLayout>
  );
}
