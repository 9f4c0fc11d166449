import type { TFunction } from 'i18next';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../../components/Button';
import { Icon } from '../../../../components/Icon';
import type { InvitationCounts } from '../../api/count-invitations';
import type { Inviter } from '../../api/list-inviters';
import type { Role } from '../../api/list-roles';
import {
  DELIVERY_PARAM,
  DELIVERY_STATES,
  INVITATION_STATUSES,
  INVITER_PARAM,
  NO_ROLE,
  ROLE_PARAM,
  SEARCH_PARAM,
  STATUS_PARAM,
  type InvitationView,
} from '../../user-management-params';
import { SearchField } from '../SearchField';
import { STATUS_LABELS } from './InvitationStatusBadge';

/** The URL parameters the filter bar sets. */
export type InvitationFilterParam =
  typeof STATUS_PARAM | typeof DELIVERY_PARAM | typeof ROLE_PARAM | typeof INVITER_PARAM | typeof SEARCH_PARAM;

interface InvitationFiltersProps {
  view: InvitationView;
  counts: InvitationCounts | undefined;
  roles: readonly Role[];
  inviters: readonly Inviter[];
  onFilter: (name: InvitationFilterParam, value: string | undefined) => void;
  onReset: () => void;
}

/** Status (with counts), delivery, role, inviter and text; the active ones again as chips, and a reset. */
export function InvitationFilters({ view, counts, roles, inviters, onFilter, onReset }: InvitationFiltersProps) {
  const { t } = useTranslation();
  const chips = activeChips(view, roles, inviters, t);
  const withCount = (label: string, count: number | undefined) =>
    count === undefined ? label : t('invitationTable.withCount', { label, count });
  return (
    <div className="stack stack--tight">
      <div className="filter-bar invitation-filters">
        <SelectFilter
          label={t('invitations.statusFilter')}
          value={view.status ?? ''}
          onChange={(value) =>
            onFilter(
              STATUS_PARAM,
              INVITATION_STATUSES.find((status) => status === value),
            )
          }
          options={[
            { value: '', label: withCount(t('invitations.allStatuses'), counts?.open) },
            { value: 'pending', label: withCount(t('invitations.statuses.pending'), counts?.pending) },
            { value: 'expired', label: withCount(t('invitations.statuses.expired'), counts?.expired) },
            { value: 'revoked', label: withCount(t('revokedInvitations.filterOption'), counts?.revoked) },
          ]}
        />
        <SelectFilter
          label={t('invitationTable.delivery')}
          value={view.delivery ?? ''}
          onChange={(value) =>
            onFilter(
              DELIVERY_PARAM,
              DELIVERY_STATES.find((state) => state === value),
            )
          }
          options={[
            { value: '', label: t('invitationTable.anyDelivery') },
            { value: 'queued', label: t('invitations.deliveries.queued') },
            { value: 'sent', label: t('invitations.deliveries.sent') },
            { value: 'failed', label: withCount(t('invitations.deliveries.failed'), counts?.failedDelivery) },
          ]}
        />
        <SelectFilter
          label={t('invitationTable.role')}
          value={view.roleId ?? ''}
          onChange={(value) => onFilter(ROLE_PARAM, value || undefined)}
          options={[
            { value: '', label: t('invitationTable.anyRole') },
            { value: NO_ROLE, label: t('invitations.noRoles') },
            ...roles.map((role) => ({ value: role.id, label: role.name })),
            ...unlisted(view.roleId, roles, t('invitationTable.unknownRole')),
          ]}
        />
        <SelectFilter
          label={t('invitationTable.inviter')}
          value={view.inviterId ?? ''}
          onChange={(value) => onFilter(INVITER_PARAM, value || undefined)}
          options={[
            { value: '', label: t('invitationTable.anyInviter') },
            ...inviters.map((inviter) => ({ value: inviter.userId, label: inviter.name })),
            ...unlisted(
              view.inviterId,
              inviters.map((inviter) => ({ id: inviter.userId })),
              t('invitationTable.unknownInviter'),
            ),
          ]}
        />
        <SearchField label={t('invitations.search')} value={view.q} onSearch={(q) => onFilter(SEARCH_PARAM, q)} />
      </div>
      {chips.length > 0 && (
        <div className="filter-chips">
          <ul className="filter-chips__list" aria-label={t('invitationTable.activeFilters')}>
            {chips.map((chip) => (
              <li key={chip.param}>
                <button type="button" className="filter-chip" onClick={() => onFilter(chip.param, undefined)}>
                  <span>{chip.label}</span>
                  <Icon name="close" />
                  <span className="visually-hidden">{t('invitationTable.removeFilter')}</span>
                </button>
              </li>
            ))}
          </ul>
          <Button variant="quiet" onClick={onReset}>
            {t('invitationTable.resetFilters')}
          </Button>
        </div>
      )}
    </div>
  );
}

function SelectFilter({
  label,
  value,
  options,
  onChange,
}: {
  label: string;
  value: string;
  options: readonly { value: string; label: string }[];
  onChange: (value: string) => void;
}) {
  const id = useId();
  return (
    <div className="field filter-bar__select">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value)}>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** A role or inviter from the URL that the lists do not hold (deleted, or another customer's): still shown. */
function unlisted(id: string | undefined, known: readonly { id: string }[], label: string) {
  return id && id !== NO_ROLE && !known.some((entry) => entry.id === id) ? [{ value: id, label }] : [];
}

interface Chip {
  param: InvitationFilterParam;
  label: string;
}

function activeChips(view: InvitationView, roles: readonly Role[], inviters: readonly Inviter[], t: TFunction): Chip[] {
  const chips: Chip[] = [];
  if (view.status) {
    const value = t(STATUS_LABELS[view.status]);
    chips.push({ param: STATUS_PARAM, label: t('invitationTable.chipStatus', { value }) });
  }
  if (view.delivery) chips.push({ param: DELIVERY_PARAM, label: t(`invitations.deliveries.${view.delivery}`) });
  if (view.roleId) {
    const value =
      view.roleId === NO_ROLE
        ? t('invitations.noRoles')
        : (roles.find((role) => role.id === view.roleId)?.name ?? t('invitationTable.unknownRole'));
    chips.push({ param: ROLE_PARAM, label: t('invitationTable.chipRole', { value }) });
  }
  if (view.inviterId) {
    const value =
      inviters.find((inviter) => inviter.userId === view.inviterId)?.name ?? t('invitationTable.unknownInviter');
    chips.push({ param: INVITER_PARAM, label: t('invitationTable.chipInviter', { value }) });
  }
  if (view.q) chips.push({ param: SEARCH_PARAM, label: t('invitationTable.chipSearch', { value: view.q }) });
  return chips;
}
