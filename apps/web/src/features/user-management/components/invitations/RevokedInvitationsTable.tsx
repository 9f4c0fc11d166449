import { useTranslation } from 'react-i18next';
import { DataTable, type DataTableColumn } from '../../../../components/DataTable';
import { IconButton } from '../../../../components/IconButton';
import { formatDateTime, formatShortDateTime } from '../../../../lib/format';
import { useLanguage } from '../../../../lib/language/use-language';
import type { Invitation } from '../../api/list-invitations';
import { rolesAndInviterColumns, type SortableColumn } from './invitation-columns';
import { InvitationStatusBadge } from './InvitationStatusBadge';
import { revocationText } from './revocation-text';

interface RevokedInvitationsTableProps {
  caption: string;
  invitations: readonly Invitation[];
  /** The invitation whose resend is on its way. */
  resendingId: string | undefined;
  onResend: (invitation: Invitation) => void;
  /** Without it (a single linked row) the headers are plain text. */
  sortOf?: SortableColumn;
  highlightedId?: string;
}

/** Revoked invitations with who revoked them and why; Resend opens one again under the current admin. */
export function RevokedInvitationsTable({
  caption,
  invitations,
  resendingId,
  onResend,
  sortOf,
  highlightedId,
}: RevokedInvitationsTableProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const columns: DataTableColumn<Invitation>[] = [
    {
      header: t('invitations.email'),
      sort: sortOf?.('email'),
      cell: (invitation, rowId) => (
        <span id={rowId} className="break address">
          {invitation.email}
        </span>
      ),
    },
    ...rolesAndInviterColumns(t),
    {
      header: t('invitations.status'),
      cell: (invitation, rowId) => (
        <span className="cell-stack">
          <InvitationStatusBadge status={invitation.status} />
          <span id={`${rowId}-reason`}>{revocationText(invitation, t)}</span>
          {invitation.revokedAt && (
            <time
              className="cell-note"
              dateTime={invitation.revokedAt}
              title={formatDateTime(invitation.revokedAt, language)}
            >
              {formatShortDateTime(invitation.revokedAt, language)}
            </time>
          )}
        </span>
      ),
    },
  ];
  const resend = (invitation: Invitation, rowId: string) => (
    <IconButton
      icon="resend"
      label={t('invitations.resend')}
      showLabel
      loading={resendingId === invitation.id}
      aria-describedby={`${rowId} ${rowId}-reason`}
      onClick={() => onResend(invitation)}
    />
  );
  return (
    <DataTable
      caption={caption}
      columns={columns}
      rows={invitations}
      rowKey={(row) => row.id}
      actions={resend}
      highlightedKey={highlightedId}
      dense
    />
  );
}
