import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/Button';

interface LoadMoreProps {
  shown: number;
  hasMore: boolean;
  loading: boolean;
  onLoadMore: () => void;
}

/** Keyset paging: how many rows are shown, and the next page on request. */
export function LoadMore({ shown, hasMore, loading, onLoadMore }: LoadMoreProps) {
  const { t } = useTranslation();
  return (
    <div className="load-more">
      <p className="muted" role="status">
        {hasMore ? t('userManagement.shownSoFar', { count: shown }) : t('userManagement.shownAll', { count: shown })}
      </p>
      {hasMore && (
        <Button variant="secondary" loading={loading} loadingLabel={t('states.loading')} onClick={onLoadMore}>
          {t('userManagement.loadMore')}
        </Button>
      )}
    </div>
  );
}
