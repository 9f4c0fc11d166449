import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { Alert } from '../../../components/Alert';
import { Page } from '../../../components/Page';
import { landingPath } from '../../../lib/customers/customer-paths';
import { meQueryOptions } from '../../../lib/me/get-me';
import { LoginForm } from '../components/LoginForm';
import { RETURN_TO_PARAM, safeReturnTo } from '../return-to';

export function LoginPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [searchParams] = useSearchParams();
  const returnTo = safeReturnTo(searchParams.get(RETURN_TO_PARAM));

  const goOn = async () => {
    const me = await queryClient.fetchQuery(meQueryOptions());
    await navigate(returnTo ?? landingPath(me.memberships), { replace: true });
  };

  return (
    <div className="card card--narrow">
      <Page title={t('login.title')} intro={t('login.intro')}>
        {returnTo && <Alert tone="info">{t('login.returnNotice')}</Alert>}
        <LoginForm onLoggedIn={goOn} />
      </Page>
    </div>
  );
}
