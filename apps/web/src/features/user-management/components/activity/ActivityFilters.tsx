import { useId, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../../components/Button';
import { Icon } from '../../../../components/Icon';
import type { AuditKind } from '../../api/list-audit-events';
import { AUDIT_KINDS, type ActivityFilter } from '../../user-management-params';

export interface FilterLabels {
  actor: string;
  target: string;
}

interface ActivityFiltersProps {
  filter: ActivityFilter;
  /** The names of the person and the target filtered by, as the entries show them. */
  labels: FilterLabels;
  onKind: (kind: AuditKind | undefined) => void;
  onRemove: (name: keyof ActivityFilter) => void;
  onClear: () => void;
  kindRef: RefObject<HTMLSelectElement | null>;
  chipsRef: RefObject<HTMLDivElement | null>;
}

/** The kind as a select; every active filter, the kind included, as a chip that removes it. */
export function ActivityFilters({
  filter,
  labels,
  onKind,
  onRemove,
  onClear,
  kindRef,
  chipsRef,
}: ActivityFiltersProps) {
  const { t } = useTranslation();
  const kindId = useId();
  const chips: { name: keyof ActivityFilter; text: string }[] = [];
  if (filter.kind) {
    chips.push({ name: 'kind', text: `${t('activity.kindFilter')}: ${t(`activity.kinds.${filter.kind}`)}` });
  }
  if (filter.actor) chips.push({ name: 'actor', text: t('activity.actorChip', { name: labels.actor }) });
  if (filter.target) chips.push({ name: 'target', text: t('activity.targetChip', { name: labels.target }) });

  return (
    <>
      <div className="filter-bar">
        <div className="field filter-bar__status">
          <label className="field__label" htmlFor={kindId}>
            {t('activity.kindFilter')}
          </label>
          <select
            ref={kindRef}
            id={kindId}
            value={filter.kind ?? ''}
            onChange={(event) => onKind(AUDIT_KINDS.find((kind) => kind === event.target.value))}
          >
            <option value="">{t('activity.allKinds')}</option>
            {AUDIT_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {t(`activity.kinds.${kind}`)}
              </option>
            ))}
          </select>
        </div>
      </div>
      {chips.length > 0 && (
        <div
          ref={chipsRef}
          className="filter-chips"
          role="group"
          aria-label={t('activity.activeFilters')}
          tabIndex={-1}
        >
          <span className="filter-chips__label" aria-hidden="true">
            {t('activity.activeFilters')}:
          </span>
          <ul className="filter-chips__list">
            {chips.map((chip) => (
              <li key={chip.name}>
                <button
                  type="button"
                  className="filter-chip"
                  aria-label={t('activity.removeFilter', { filter: chip.text })}
                  onClick={() => onRemove(chip.name)}
                >
                  <span>{chip.text}</span>
                  <Icon name="close" />
                </button>
              </li>
            ))}
          </ul>
          {chips.length > 1 && (
            <Button variant="quiet" onClick={onClear}>
              {t('activity.clearFilters')}
            </Button>
          )}
        </div>
      )}
    </>
  );
}
