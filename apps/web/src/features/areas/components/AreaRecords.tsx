import type { ContentArea } from '@cloudhub/permissions';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../../components/EmptyState';
import { ErrorState } from '../../../components/ErrorState';
import { LoadingState } from '../../../components/LoadingState';
import { useAreaRecords } from '../api/list-area-records';
import { AreaRecordsTable } from './AreaRecordsTable';

interface AreaRecordsProps {
  tenantId: string;
  area: ContentArea;
  caption: string;
}

export function AreaRecords({ tenantId, area, caption }: AreaRecordsProps) {
  const { t } = useTranslation();
  const records = useAreaRecords(tenantId, area);
  if (records.isPending) return <LoadingState />;
  if (records.isError) return <ErrorState error={records.error} onRetry={() => void records.refetch()} />;
  if (records.data.length === 0) return <EmptyState>{t('areas.empty')}</EmptyState>;
  return (
    <div className="panel panel--flush">
      <AreaRecordsTable caption={caption} records={records.data} />
    </div>
  );
}
