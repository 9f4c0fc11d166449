import type { TFunction } from 'i18next';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../../../components/EmptyState';
import { ErrorState } from '../../../../components/ErrorState';
import { LoadingState } from '../../../../components/LoadingState';
import { useCurrentCustomer } from '../../../../lib/customers/current-customer';
import { useAuditEvents, type AuditEvent, type AuditKind } from '../../api/list-audit-events';
import type { ActivityFilter } from '../../user-management-params';
import { LoadMore } from '../LoadMore';
import { ActivityEntry } from './ActivityEntry';
import { ActivityFilters, type FilterLabels } from './ActivityFilters';
import { peopleIn, targetName, type People } from './activity-sentence';
import './activity.css';

interface ActivityTabProps {
  filter: ActivityFilter;
  onFilter: (name: keyof ActivityFilter, value: string | undefined) => void;
  onClear: () => void;
}

const MINUTE_MS = 60_000;

/** The customer's audit log: who changed which rights, and every sign-in; filtered and linked through the URL. */
export function ActivityTab({ filter, onFilter, onClear }: ActivityTabProps) {
  const { t } = useTranslation();
  const customer = useCurrentCustomer();
  const events = useAuditEvents(customer.tenantId, filter);
  const rows = events.data?.pages.flatMap((page) => page.items) ?? [];
  const people = peopleIn(rows);
  const now = useMinuteClock(events.dataUpdatedAt);
  const kindRef = useRef<HTMLSelectElement>(null);
  const chipsRef = useRef<HTMLDivElement>(null);
  // Names of what was clicked, for the chips while the filtered entries load.
  const [clicked, setClicked] = useState<ReadonlyMap<string, string>>(new Map());
  const focusChipsNext = useRef(false);
  const filtered = filter.kind !== undefined || filter.actor !== undefined || filter.target !== undefined;

  // A filter chosen in an entry: that entry may be gone, so focus moves to the filters it made.
  useEffect(() => {
    if (!focusChipsNext.current || !chipsRef.current) return;
    focusChipsNext.current = false;
    chipsRef.current.focus();
  });

  const pick = (name: 'actor' | 'target', id: string, label: string) => {
    setClicked((current) => new Map(current).set(id, label));
    focusChipsNext.current = true;
    onFilter(name, id);
  };
  const remove = (name: keyof ActivityFilter) => {
    onFilter(name, undefined);
    kindRef.current?.focus();
  };

  const labels: FilterLabels = {
    actor: (filter.actor && (people.get(filter.actor) ?? clicked.get(filter.actor))) || t('activity.someone'),
    target: (filter.target && targetLabel(filter.target, rows, t, people, clicked)) || t('activity.something'),
  };
  const ready = !events.isPending && !events.isError && !events.isPlaceholderData;
  const announcement = useFilterAnnouncement(
    JSON.stringify(filter),
    ready
      ? rows.length === 0
        ? t('activity.results', { count: 0 })
        : events.hasNextPage
          ? t('activity.resultsMore', { count: rows.length })
          : t('activity.results', { count: rows.length })
      : undefined,
  );

  return (
    <div className="stack">
      <p className="muted note">{t('activity.intro')}</p>
      <ActivityFilters
        filter={filter}
        labels={labels}
        onKind={(kind: AuditKind | undefined) => onFilter('kind', kind)}
        onRemove={remove}
        onClear={() => {
          onClear();
          kindRef.current?.focus();
        }}
        kindRef={kindRef}
        chipsRef={chipsRef}
      />
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
      {events.isPending ? (
        <LoadingState />
      ) : events.isError ? (
        <ErrorState error={events.error} onRetry={() => void events.refetch()} />
      ) : rows.length === 0 ? (
        <EmptyState icon="info">{filtered ? t('activity.emptyFiltered') : t('activity.empty')}</EmptyState>
      ) : (
        <>
          <div className={events.isPlaceholderData ? 'panel panel--flush is-stale' : 'panel panel--flush'}>
            <ol className="activity-list" aria-label={t('activity.caption', { company: customer.companyName })}>
              {rows.map((event) => (
                <ActivityEntry
                  key={event.id}
                  event={event}
                  people={people}
                  customerNumber={customer.customerNumber}
                  filter={filter}
                  now={now}
                  onActor={(id, name) => pick('actor', id, name)}
                  onTarget={(id, name) => pick('target', id, name)}
                />
              ))}
            </ol>
          </div>
          <LoadMore
            shown={rows.length}
            hasMore={events.hasNextPage}
            loading={events.isFetchingNextPage}
            onLoadMore={() => void events.fetchNextPage()}
          />
        </>
      )}
    </div>
  );
}

/** What a target filter is called: as the entries about it name it, else as the click that set it did. */
function targetLabel(
  id: string,
  rows: readonly AuditEvent[],
  t: TFunction,
  people: People,
  clicked: ReadonlyMap<string, string>,
): string | undefined {
  const entry = rows.find((event) => event.target.id === id);
  return entry ? targetName(entry, t, people) : clicked.get(id);
}

/**
 * What the live region says: the number of entries once a changed filter's entries have arrived. Nothing
 * on the first load, and nothing for "Load more" (the paging line says that).
 */
function useFilterAnnouncement(filterKey: string, message: string | undefined): string {
  const [announced, setAnnounced] = useState({ key: filterKey, text: '' });
  if (message !== undefined && announced.key !== filterKey) setAnnounced({ key: filterKey, text: message });
  return announced.key === filterKey ? announced.text : '';
}

/** The present, for "5 minutes ago": moves on every minute and whenever the entries were read again. */
function useMinuteClock(dataUpdatedAt: number): Date {
  const [tick, setTick] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setTick(Date.now()), MINUTE_MS);
    return () => clearInterval(timer);
  }, []);
  return new Date(Math.max(tick, dataUpdatedAt));
}
