import { useTranslation } from 'react-i18next';
import { formatDate, formatEuroCents } from '../../../lib/format';
import { useLanguage } from '../../../lib/language/use-language';
import type { AreaRecord } from '../api/list-area-records';
import { StatusBadge } from './StatusBadge';

/** On narrow screens each row becomes a card; `data-label` names the cell there. */
export function AreaRecordsTable({ caption, records }: { caption: string; records: readonly AreaRecord[] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const showAmount = records.some((record) => record.amountCents !== null);
  return (
    <table className="data-table">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('areas.reference')}</th>
          <th scope="col">{t('areas.description')}</th>
          <th scope="col">{t('areas.status')}</th>
          <th scope="col">{t('areas.date')}</th>
          {showAmount && (
            <th scope="col" className="numeric">
              {t('areas.amount')}
            </th>
          )}
        </tr>
      </thead>
      <tbody>
        {records.map((record) => (
          <tr key={record.id}>
            <th scope="row" data-label={t('areas.reference')} className="mono">
              {record.reference}
            </th>
            <td data-label={t('areas.description')}>{record.title}</td>
            <td data-label={t('areas.status')}>
              <StatusBadge status={record.status} />
            </td>
            <td data-label={t('areas.date')}>
              <time dateTime={record.date}>{formatDate(record.date, language)}</time>
            </td>
            {showAmount && (
              <td data-label={t('areas.amount')} className="numeric">
                {record.amountCents === null ? '–' : formatEuroCents(record.amountCents, language)}
              </td>
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
