import { useTranslation } from 'react-i18next';
import { DataTable, type DataTableColumn, type DataTableSelection } from '../../../../components/DataTable';
import { Icon } from '../../../../components/Icon';
import { IconButton } from '../../../../components/IconButton';
import { formatDateTime, formatShortDateTime } from '../../../../lib/format';
import { useLanguage } from '../../../../lib/language/use-language';
import type { Invitation } from '../../api/list-invitations';
import { rolesAndInviterColumns, type SortableColumn } from './invitation-columns';
import { DeliveryBadge, InvitationStatusBadge } from './InvitationStatusBadge';

interface InvitationsTableProps {
  caption: string;
  invitations: readonly Invitation[];
  /** The invitation whose resend is on its way. */
  resendingId: string | undefined;
  onResend: (invitation: Invitation) => void;
  onDelete: (invitation: Invitation) => void;
  /** The header button of a column the rows can be ordered by. */
  /** Without it (a single linked row) the headers are plain text. */
  sortOf?: SortableColumn;
  selection?: DataTableSelection<Invitation>;
  highlightedId?: string;
}

/** A row wants attention when its link no longer reaches the invitee: Resend is then shown with its name. */
export function needsResend(invitation: Invitation): boolean {
  return invitation.delivery === 'failed' || invitation.status === 'expired' || invitation.renewalRequestedAt !== null;
}

const reasonIdOf = (rowId: string) => `${rowId}-reason`;

export function InvitationsTable({
  caption,
  invitations,
  resendingId,
  onResend,
  onDelete,
  sortOf,
  selection,
  highlightedId,
}: InvitationsTableProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const columns: DataTableColumn<Invitation>[] = [
    {
      header: t('invitations.email'),
      sort: sortOf?.('email'),
      cell: (invitation, rowId) => (
        <span className="cell-stack">
          <span id={rowId} className="break address">
            {invitation.email}
          </span>
          {invitation.renewalRequestedAt && (
            <>
              <span className="marker">
                <Icon name="mail" />
                {t('invitations.renewalRequested')}
              </span>
              <time className="cell-note" dateTime={invitation.renewalRequestedAt}>
                {formatShortDateTime(invitation.renewalRequestedAt, language)}
              </time>
            </>
          )}
        </span>
      ),
    },
    ...rolesAndInviterColumns(t),
    {
      header: t('invitations.sentAt'),
      sort: sortOf?.('sent'),
      cell: (invitation) => (
        <span className="cell-stack">
          <time dateTime={invitation.sentAt} title={formatDateTime(invitation.sentAt, language)}>
            {formatShortDateTime(invitation.sentAt, language)}
          </time>
          <span className="cell-note">{t('invitations.sendCount', { count: invitation.sendCount })}</span>
        </span>
      ),
    },
    {
      header: t('invitationTable.statusAndExpiry'),
      sort: sortOf?.('expires'),
      cell: (invitation, rowId) => (
        <span className="cell-stack">
          <InvitationStatusBadge status={invitation.status} />
          <time className="cell-note" dateTime={invitation.expiresAt}>
            {t(invitation.status === 'expired' ? 'invitations.expiredSince' : 'invitations.validUntil', {
              time: formatShortDateTime(invitation.expiresAt, language),
            })}
          </time>
          <DeliveryBadge delivery={invitation.delivery} />
          {invitation.deliveryError && (
            <span
              id={reasonIdOf(rowId)}
              className={invitation.delivery === 'failed' ? 'cell-note cell-note--error' : 'cell-note'}
            >
              {t(invitation.delivery === 'failed' ? 'invitations.failedReason' : 'invitations.retryReason', {
                reason: invitation.deliveryError,
              })}
            </span>
          )}
        </span>
      ),
    },
  ];
  return (
    <DataTable
      caption={caption}
      columns={columns}
      rows={invitations}
      rowKey={(invitation) => invitation.id}
      rowClassName={(invitation) => (needsResend(invitation) ? 'is-attention' : undefined)}
      selection={selection}
      highlightedKey={highlightedId}
      dense
      actions={(invitation, rowId) => (
        <>
          <IconButton
            icon="resend"
            label={t('invitations.resend')}
            showLabel={needsResend(invitation)}
            tone={needsResend(invitation) ? 'prominent' : 'default'}
            loading={resendingId === invitation.id}
            aria-describedby={invitation.deliveryError ? `${rowId} ${reasonIdOf(rowId)}` : rowId}
            onClick={() => onResend(invitation)}
          />
          <IconButton
            icon="trash"
            tone="danger"
            label={t('invitations.delete')}
            aria-describedby={rowId}
            onClick={() => onDelete(invitation)}
          />
        </>
      )}
    />
  );
}
