import { useTranslation } from 'react-i18next';

type Tone = 'positive' | 'attention' | 'neutral';

const TONES: Readonly<Record<string, Tone>> = {
  delivered: 'positive',
  paid: 'positive',
  online: 'positive',
  signed: 'positive',
  final: 'positive',
  overdue: 'attention',
  offline: 'attention',
};

/** Statuses are data: known ones are translated, an unknown one is shown as the API sent it. */
export function StatusBadge({ status }: { status: string }) {
  const { t } = useTranslation();
  const labels: Readonly<Record<string, string>> = t('areas.statuses', { returnObjects: true });
  return <span className={`badge badge--${TONES[status] ?? 'neutral'}`}>{labels[status] ?? status}</span>;
}
