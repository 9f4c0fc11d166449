import { useId, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../../components/Alert';
import { EmptyState } from '../../../../components/EmptyState';
import { ErrorState } from '../../../../components/ErrorState';
import { LoadingState } from '../../../../components/LoadingState';
import { StatusNotice } from '../../../../components/StatusNotice';
import { errorMessage } from '../../../../lib/api/error-message';
import { useLanguage } from '../../../../lib/language/use-language';
import { useCurrentCustomer } from '../../../customers/current-customer';
import { useInvitations, type Invitation, type InvitationStatus } from '../../api/list-invitations';
import { useResendInvitation } from '../../api/resend-invitation';
import { LoadMore } from '../LoadMore';
import { SearchField } from '../SearchField';
import { DeleteInvitationDialog } from './DeleteInvitationDialog';
import { InvitationsTable } from './InvitationsTable';

interface InvitationsTabProps {
  status: InvitationStatus | undefined;
  search: string;
  onStatus: (status: InvitationStatus | undefined) => void;
  onSearch: (q: string) => void;
  fallbackFocus: RefObject<HTMLElement | null>;
}

/** The customer's open invitations: filter, page, resend, delete. */
export function InvitationsTab({ status, search, onStatus, onSearch, fallbackFocus }: InvitationsTabProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const statusId = useId();
  const customer = useCurrentCustomer();
  const invitations = useInvitations(customer.tenantId, { status, q: search });
  const resend = useResendInvitation();
  const [deleting, setDeleting] = useState<Invitation>();
  const [notice, setNotice] = useState<string>();

  const rows = invitations.data?.pages.flatMap((page) => page.items) ?? [];
  const filtered = status !== undefined || search !== '';

  const resendRow = (invitation: Invitation) => {
    setNotice(undefined);
    resend.mutate(
      { tenantId: customer.tenantId, invitationId: invitation.id },
      { onSuccess: (resent) => setNotice(t('invitations.resent', { email: resent.email })) },
    );
  };

  return (
    <div className="stack">
      <div className="filter-bar">
        <div className="field filter-bar__status">
          <label className="field__label" htmlFor={statusId}>
            {t('invitations.statusFilter')}
          </label>
          <select
            id={statusId}
            value={status ?? ''}
            onChange={(event) =>
              onStatus(
                event.target.value === 'pending' || event.target.value === 'expired' ? event.target.value : undefined,
              )
            }
          >
            <option value="">{t('invitations.allStatuses')}</option>
            <option value="pending">{t('invitations.statuses.pending')}</option>
            <option value="expired">{t('invitations.statuses.expired')}</option>
          </select>
        </div>
        <SearchField label={t('invitations.search')} value={search} onSearch={onSearch} />
      </div>
      <p className="muted note">{t('invitations.resendNote')}</p>
      <StatusNotice message={notice} onDismiss={() => setNotice(undefined)} />
      {resend.isError && <Alert tone="error">{errorMessage(resend.error, t, language)}</Alert>}
      {invitations.isPending ? (
        <LoadingState />
      ) : invitations.isError ? (
        <ErrorState error={invitations.error} onRetry={() => void invitations.refetch()} />
      ) : rows.length === 0 ? (
        <EmptyState icon="mail">{filtered ? t('invitations.emptyFiltered') : t('invitations.empty')}</EmptyState>
      ) : (
        <>
          <div
            className={
              invitations.isPlaceholderData
                ? 'panel panel--flush table-scroll is-stale'
                : 'panel panel--flush table-scroll'
            }
          >
            <InvitationsTable
              caption={t('invitations.caption', { company: customer.companyName })}
              invitations={rows}
              resendingId={resend.isPending ? resend.variables.invitationId : undefined}
              onResend={resendRow}
              onDelete={(invitation) => {
                setNotice(undefined);
                resend.reset();
                setDeleting(invitation);
              }}
            />
          </div>
          <LoadMore
            shown={rows.length}
            hasMore={invitations.hasNextPage}
            loading={invitations.isFetchingNextPage}
            onLoadMore={() => void invitations.fetchNextPage()}
          />
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
