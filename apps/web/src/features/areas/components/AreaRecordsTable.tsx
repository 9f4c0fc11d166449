import { useTranslation } from 'react-i18next';
import { DataTable, type DataTableColumn } from '../../../components/DataTable';
import { formatDate, formatEuroCents } from '../../../lib/format';
import { useLanguage } from '../../../lib/language/use-language';
import type { AreaRecord } from '../api/list-area-records';
import { StatusBadge } from './StatusBadge';

/** On narrow screens each row becomes a card; the reference heads it, labelled like the other cells. */
export function AreaRecordsTable({ caption, records }: { caption: string; records: readonly AreaRecord[] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const columns: DataTableColumn<AreaRecord>[] = [
    { header: t('areas.reference'), className: 'mono', labelled: true, cell: (record) => record.reference },
    { header: t('areas.description'), cell: (record) => record.title },
    { header: t('areas.status'), cell: (record) => <StatusBadge status={record.status} /> },
    {
      header: t('areas.date'),
      cell: (record) => <time dateTime={record.date}>{formatDate(record.date, language)}</time>,
    },
  ];
  if (records.some((record) => record.amountCents !== null)) {
    columns.push({
      header: t('areas.amount'),
      numeric: true,
      cell: (record) => (record.amountCents === null ? '–' : formatEuroCents(record.amountCents, language)),
    });
  }
  return <DataTable caption={caption} columns={columns} rows={records} rowKey={(record) => record.id} />;
}
