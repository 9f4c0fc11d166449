import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../../components/EmptyState';
import { ErrorState } from '../../../components/ErrorState';
import { LoadingState } from '../../../components/LoadingState';
import { Page } from '../../../components/Page';
import { useLanguage } from '../../../lib/language/use-language';
import { useFaqs } from '../api/list-faqs';
import { FaqList } from '../components/FaqList';

export function FaqsPage() {
  const { t } = useTranslation();
  const faqs = useFaqs(useLanguage());
  return (
    <Page title={t('faqs.title')} intro={t('faqs.intro')}>
      {faqs.isPending ? (
        <LoadingState />
      ) : faqs.isError ? (
        <ErrorState error={faqs.error} onRetry={() => void faqs.refetch()} />
      ) : faqs.data.length === 0 ? (
        <EmptyState>{t('faqs.empty')}</EmptyState>
      ) : (
        <FaqList faqs={faqs.data} />
      )}
    </Page>
  );
}
