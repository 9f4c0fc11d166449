import type { TFunction } from 'i18next';
import { useEffect, useRef, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Alert } from '../../../../components/Alert';
import { useRowSelection } from '../../../../components/use-row-selection';
import { Button } from '../../../../components/Button';
import { EmptyState } from '../../../../components/EmptyState';
import { ErrorState } from '../../../../components/ErrorState';
import { LoadingState } from '../../../../components/LoadingState';
import { StatusNotice } from '../../../../components/StatusNotice';
import { ApiError } from '../../../../lib/api/api-error';
import { errorMessage } from '../../../../lib/api/error-message';
import { useLanguage } from '../../../../lib/language/use-language';
import { useCurrentCustomer } from '../../../../lib/customers/current-customer';
import { useInvitationCounts, type InvitationCounts } from '../../api/count-invitations';
import { useExportInvitations } from '../../api/export-invitations';
import { useLinkedInvitation } from '../../api/get-invitation';
import { useInvitations, type Invitation, type InvitationSort } from '../../api/list-invitations';
import { useInviters } from '../../api/list-inviters';
import { useRoles } from '../../api/list-roles';
import { useResendInvitation } from '../../api/resend-invitation';
import {
  FOCUS_TAB_STATE,
  invitationParams,
  nextSort,
  type InvitationSortColumn,
  type InvitationView,
} from '../../user-management-params';
import { LoadMore } from '../LoadMore';
import { InvitationBulkActions, ResendAllExpiredButton } from './bulk/InvitationBulkActions';
import { DeleteInvitationDialog } from './DeleteInvitationDialog';
import { InvitationFilters, type InvitationFilterParam } from './InvitationFilters';
import { InvitationsTable } from './InvitationsTable';
import { LinkedInvitationNotice } from './LinkedInvitationNotice';
import { RevokedInvitationsTable } from './RevokedInvitationsTable';
import './invitations-table.css';

interface InvitationsTabProps {
  view: InvitationView;
  /** The invitation a link points at (`invitation=<id>`): the tab shows that one only. */
  linkedId: string | undefined;
  onFilter: (name: InvitationFilterParam | 'sort', value: string | undefined) => void;
  onReset: () => void;
  /** Leaves the link to one invitation for the whole table. */
  onShowAll: () => void;
  fallbackFocus: RefObject<HTMLElement | null>;
}

/**
 * The customer's open invitations (sort, filter, count, export, select for bulk actions, resend, delete), or
 * the revoked ones to reopen; or the one invitation a link points at.
 */
export function InvitationsTab({ view, linkedId, onFilter, onReset, onShowAll, fallbackFocus }: InvitationsTabProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const customer = useCurrentCustomer();
  const invitations = useInvitations(customer.tenantId, view);
  const counts = useInvitationCounts(customer.tenantId, { roleId: view.roleId, inviterId: view.inviterId, q: view.q });
  const linked = useLinkedInvitation(customer.tenantId, linkedId);
  const roles = useRoles(customer.tenantId);
  const inviters = useInviters(customer.tenantId);
  const resend = useResendInvitation();
  const exporting = useExportInvitations();
  const [deleting, setDeleting] = useState<Invitation>();
  const [notice, setNotice] = useState<string>();
  // The invitation of the last resend, to word a refusal of reopening it.
  const [resent, setResent] = useState<Invitation>();
  const panel = useRef<HTMLDivElement>(null);

  const linkedRow = linked.data !== undefined && linked.data !== 'gone' ? linked.data.invitation : null;
  const rows = linkedId
    ? linkedRow
      ? [linkedRow]
      : []
    : (invitations.data?.pages.flatMap((page) => page.items) ?? []);
  const revoked = linkedId ? linkedRow?.status === 'revoked' : view.status === 'revoked';
  const selection = useRowSelection(rows, JSON.stringify(view));

  // A link to one invitation: its row is focused once shown, so keyboard and screen reader users land on it.
  useEffect(() => {
    if (linkedRow) panel.current?.querySelector<HTMLElement>(`tr[data-row-key="${linkedRow.id}"]`)?.focus();
  }, [linkedRow]);

  const resendRow = (invitation: Invitation) => {
    setNotice(undefined);
    setResent(invitation);
    resend.mutate(
      { tenantId: customer.tenantId, invitationId: invitation.id },
      {
        onSuccess: ({ email }) =>
          setNotice(
            invitation.status === 'revoked'
              ? t('revokedInvitations.reopened', { email })
              : t('invitations.resent', { email }),
          ),
      },
    );
  };
  const reopenRefusal = resend.isError && resent?.status === 'revoked' ? reopenRefusalOf(resend.error) : undefined;
  const sortOf = (column: InvitationSortColumn) => ({
    direction:
      view.sort === column ? ('ascending' as const) : view.sort === `-${column}` ? ('descending' as const) : undefined,
    onSort: () => onFilter('sort', nextSort(view.sort, column)),
  });
  const loading = linkedId ? linked.isPending : invitations.isPending;
  const failure = linkedId ? linked.error : invitations.error;

  return (
    <div className="stack">
      {linkedId ? (
        <div className="filter-chips">
          <span className="filter-chip filter-chip--static">{t('invitationTable.showingOne')}</span>
          <Button variant="quiet" onClick={onShowAll}>
            {t('invitationTable.showAll')}
          </Button>
        </div>
      ) : (
        <InvitationFilters
          view={view}
          counts={counts.data}
          roles={roles.data ?? []}
          inviters={inviters.data ?? []}
          onFilter={onFilter}
          onReset={onReset}
        />
      )}
      {(!linkedId || linkedRow) && (
        <p className="muted note">{revoked ? t('revokedInvitations.note') : t('invitations.resendNote')}</p>
      )}
      <StatusNotice message={notice} onDismiss={() => setNotice(undefined)} />
      {exporting.isError && <Alert tone="error">{errorMessage(exporting.error, t, language)}</Alert>}
      {resend.isError &&
        (reopenRefusal && resent ? (
          <Alert tone="error">
            {reopenRefusal === 'already_member'
              ? t('revokedInvitations.alreadyMember', { email: resent.email })
              : t('revokedInvitations.invitationExists', { email: resent.email })}{' '}
            {reopenRefusal === 'invitation_exists' && (
              <Link
                to={{ search: invitationParams(resent.email).toString() }}
                state={FOCUS_TAB_STATE}
                onClick={() => resend.reset()}
              >
                {t('revokedInvitations.showOpen')}
              </Link>
            )}
          </Alert>
        ) : (
          <Alert tone="error">{errorMessage(resend.error, t, language)}</Alert>
        ))}
      {!linkedId && (
        <div className="table-toolbar">
          {selection.rows.length > 0 ? (
            <>
              <p className="table-toolbar__count">{t('invitationTable.selected', { count: selection.rows.length })}</p>
              <InvitationBulkActions tenantId={customer.tenantId} selected={selection.rows} onDone={selection.clear} />
            </>
          ) : (
            !revoked && <ResendAllExpiredButton tenantId={customer.tenantId} />
          )}
          <Button
            variant="secondary"
            icon="documents"
            className="table-toolbar__export"
            loading={exporting.isPending}
            loadingLabel={t('invitationTable.exporting')}
            onClick={() => exporting.mutate({ tenantId: customer.tenantId, filter: view })}
          >
            {t('invitationTable.export')}
          </Button>
        </div>
      )}
      {!linkedId && (
        <p className="visually-hidden" role="status">
          {invitations.isSuccess && !invitations.isPlaceholderData
            ? resultText(t, rows.length, invitations.hasNextPage, matchingCount(counts.data, view))
            : ''}
        </p>
      )}
      {loading ? (
        <LoadingState />
      ) : failure ? (
        <ErrorState error={failure} onRetry={() => void (linkedId ? linked.refetch() : invitations.refetch())} />
      ) : linkedId && (linked.data === 'gone' || (linked.data && linked.data.standing !== 'open')) ? (
        <LinkedInvitationNotice lookup={linked.data} />
      ) : rows.length === 0 ? (
        <EmptyState icon="mail">{emptyText(t, view)}</EmptyState>
      ) : (
        <>
          <div
            ref={panel}
            className={
              invitations.isPlaceholderData && !linkedId
                ? 'panel panel--flush table-scroll invitations-table is-stale'
                : 'panel panel--flush table-scroll invitations-table'
            }
          >
            {revoked ? (
              <RevokedInvitationsTable
                caption={captionOf(t, 'revoked', view.sort, customer.companyName)}
                invitations={rows}
                resendingId={resend.isPending ? resend.variables.invitationId : undefined}
                onResend={resendRow}
                sortOf={linkedId ? undefined : sortOf}
                highlightedId={linkedRow?.id}
              />
            ) : (
              <InvitationsTable
                caption={captionOf(t, 'open', view.sort, customer.companyName)}
                invitations={rows}
                resendingId={resend.isPending ? resend.variables.invitationId : undefined}
                onResend={resendRow}
                onDelete={(invitation) => {
                  setNotice(undefined);
                  resend.reset();
                  setDeleting(invitation);
                }}
                sortOf={linkedId ? undefined : sortOf}
                selection={
                  linkedId
                    ? undefined
                    : {
                        selected: selection.ids,
                        onChange: selection.select,
                        rowName: (invitation: Invitation) => invitation.email,
                      }
                }
                highlightedId={linkedRow?.id}
              />
            )}
          </div>
          {!linkedId && (
            <LoadMore
              shown={rows.length}
              hasMore={invitations.hasNextPage}
              loading={invitations.isFetchingNextPage}
              onLoadMore={() => void invitations.fetchNextPage()}
            />
          )}
        </>
      )}
      {deleting && (
        <DeleteInvitationDialog
          tenantId={customer.tenantId}
          invitation={deleting}
          onClose={() => setDeleting(undefined)}
          onDeleted={(message) => {
            setDeleting(undefined);
            setNotice(message);
          }}
          returnFocusTo={fallbackFocus}
        />
      )}
    </div>
  );
}

type Translate = TFunction;

const EMPTY_OF_STATUS = {
  pending: 'invitationTable.empty.pending',
  expired: 'invitationTable.empty.expired',
} as const;

/** How many invitations the view selects in all, when the counts say it (they cover status and failed delivery). */
export function matchingCount(counts: InvitationCounts | undefined, view: InvitationView): number | undefined {
  if (!counts) return undefined;
  if (view.delivery === undefined) return counts[view.status ?? 'open'];
  if (view.delivery === 'failed' && view.status === undefined) return counts.failedDelivery;
  return undefined;
}

function resultText(t: Translate, shown: number, hasMore: boolean, total: number | undefined): string {
  if (total !== undefined) return t('invitationTable.resultCount', { count: total });
  return hasMore
    ? t('userManagement.shownSoFar', { count: shown })
    : t('invitationTable.resultCount', { count: shown });
}

const ORDER_WORDS = {
  sent: 'invitationTable.order.sentAscending',
  email: 'invitationTable.order.emailAscending',
  '-email': 'invitationTable.order.emailDescending',
  expires: 'invitationTable.order.expiresAscending',
  '-expires': 'invitationTable.order.expiresDescending',
} as const satisfies Record<Exclude<InvitationSort, '-sent'>, string>;

/** The table's name says the order too (newest sent first unless the admin sorted otherwise). */
function captionOf(t: Translate, list: 'open' | 'revoked', sort: InvitationSort, company: string): string {
  if (sort === '-sent') {
    return list === 'open' ? t('invitations.caption', { company }) : t('revokedInvitations.caption', { company });
  }
  const order = t(ORDER_WORDS[sort]);
  return list === 'open'
    ? t('invitationTable.captionOpen', { company, order })
    : t('invitationTable.captionRevoked', { company, order });
}

/** The empty table's text says which filter left nothing. */
function emptyText(t: Translate, view: InvitationView): string {
  const narrowed = view.delivery || view.roleId || view.inviterId || view.q;
  if (view.status === 'revoked')
    return narrowed ? t('revokedInvitations.emptyFiltered') : t('revokedInvitations.empty');
  if (view.delivery === 'failed' && !view.roleId && !view.inviterId && !view.q && !view.status)
    return t('invitationTable.emptyFailed');
  if (view.status && !narrowed) return t(EMPTY_OF_STATUS[view.status]);
  return narrowed || view.status ? t('invitations.emptyFiltered') : t('invitations.empty');
}

/** The two reasons a revoked invitation cannot open again: the address joined, or was invited anew. */
function reopenRefusalOf(error: unknown): 'already_member' | 'invitation_exists' | undefined {
  if (!(error instanceof ApiError)) return undefined;
  return error.code === 'already_member' || error.code === 'invitation_exists' ? error.code : undefined;
}
