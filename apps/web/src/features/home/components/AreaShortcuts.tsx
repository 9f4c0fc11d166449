import type { AreaDefinition } from '@cloudhub/permissions';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyState } from '../../../components/EmptyState';
import { Icon } from '../../../components/Icon';
import { useLanguage } from '../../../lib/language/use-language';
import { customerPath } from '../../../lib/customers/customer-paths';

interface AreaShortcutsProps {
  customerNumber: string;
  areas: readonly AreaDefinition[];
}

export function AreaShortcuts({ customerNumber, areas }: AreaShortcutsProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  if (areas.length === 0) return <EmptyState icon="lock">{t('home.noAreas')}</EmptyState>;
  return (
    <ul className="tile-list">
      {areas.map((area) => (
        <li key={area.key}>
          <Link className="tile" to={customerPath(customerNumber, area.path)}>
            <Icon name={area.key} className="tile__icon" />
            <span className="tile__title">{area.label[language]}</span>
            <span className="tile__text">{area.description[language]}</span>
          </Link>
        </li>
      ))}
    </ul>
  );
}
