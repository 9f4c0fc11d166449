import { useId, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Alert } from '../../../../components/Alert';
import { EmptyState } from '../../../../components/EmptyState';
import { ErrorState } from '../../../../components/ErrorState';
import { LoadingState } from '../../../../components/LoadingState';
import { StatusNotice } from '../../../../components/StatusNotice';
import { ApiError } from '../../../../lib/api/api-error';
import { errorMessage } from '../../../../lib/api/error-message';
import { useLanguage } from '../../../../lib/language/use-language';
import { useCurrentCustomer } from '../../../../lib/customers/current-customer';
import { useInvitations, type Invitation, type InvitationStatus } from '../../api/list-invitations';
import { useResendInvitation } from '../../api/resend-invitation';
import { FOCUS_TAB_STATE, INVITATION_STATUSES, invitationParams } from '../../user-management-params';
import { LoadMore } from '../LoadMore';
import { SearchField } from '../SearchField';
import { DeleteInvitationDialog } from './DeleteInvitationDialog';
import { InvitationsTable } from './InvitationsTable';
import { RevokedInvitationsTable } from './RevokedInvitationsTable';

interface InvitationsTabProps {
  status: InvitationStatus | undefined;
  search: string;
  onStatus: (status: InvitationStatus | undefined) => void;
  onSearch: (q: string) => void;
  fallbackFocus: RefObject<HTMLElement | null>;
}

/** The customer's open invitations (filter, page, resend, delete), or the revoked ones to reopen. */
export function InvitationsTab({ status, search, onStatus, onSearch, fallbackFocus }: InvitationsTabProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const statusId = useId();
  const customer = useCurrentCustomer();
  const invitations = useInvitations(customer.tenantId, { status, q: search });
  const resend = useResendInvitation();
  const [deleting, setDeleting] = useState<Invitation>();
  const [notice, setNotice] = useState<string>();
  // The invitation of the last resend, to word a refusal of reopening it.
  const [resent, setResent] = useState<Invitation>();

  const rows = invitations.data?.pages.flatMap((page) => page.items) ?? [];
  const revoked = status === 'revoked';
  const filtered = status !== undefined || search !== '';

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
            onChange={(event) => onStatus(INVITATION_STATUSES.find((candidate) => candidate === event.target.value))}
          >
            <option value="">{t('invitations.allStatuses')}</option>
            <option value="pending">{t('invitations.statuses.pending')}</option>
            <option value="expired">{t('invitations.statuses.expired')}</option>
            <option value="revoked">{t('revokedInvitations.filterOption')}</option>
          </select>
        </div>
        <SearchField label={t('invitations.search')} value={search} onSearch={onSearch} />
      </div>
      <p className="muted note">{revoked ? t('revokedInvitations.note') : t('invitations.resendNote')}</p>
      <StatusNotice message={notice} onDismiss={() => setNotice(undefined)} />
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
      {invitations.isPending ? (
        <LoadingState />
      ) : invitations.isError ? (
        <ErrorState error={invitations.error} onRetry={() => void invitations.refetch()} />
      ) : rows.length === 0 ? (
        <EmptyState icon="mail">
          {revoked
            ? search
              ? t('revokedInvitations.emptyFiltered')
              : t('revokedInvitations.empty')
            : filtered
              ? t('invitations.emptyFiltered')
              : t('invitations.empty')}
        </EmptyState>
      ) : (
        <>
          <div
            className={
              invitations.isPlaceholderData
                ? 'panel panel--flush table-scroll is-stale'
                : 'panel panel--flush table-scroll'
            }
          >
            {revoked ? (
              <RevokedInvitationsTable
                caption={t('revokedInvitations.caption', { company: customer.companyName })}
                invitations={rows}
                resendingId={resend.isPending ? resend.variables.invitationId : undefined}
                onResend={resendRow}
              />
            ) : (
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
            )}
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

/** The two reasons a revoked invitation cannot open again: the address joined, or was invited anew. */
function reopenRefusalOf(error: unknown): 'already_member' | 'invitation_exists' | undefined {
  if (!(error instanceof ApiError)) return undefined;
  return error.code === 'already_member' || error.code === 'invitation_exists' ? error.code : undefined;
}
