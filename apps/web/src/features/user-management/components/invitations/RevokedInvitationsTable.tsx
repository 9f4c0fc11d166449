import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { IconButton } from '../../../../components/IconButton';
import { formatDateTime, formatShortDateTime } from '../../../../lib/format';
import { useLanguage } from '../../../../lib/language/use-language';
import type { Invitation } from '../../api/list-invitations';
import { InvitationStatusBadge } from './InvitationStatusBadge';
import { revocationText } from './revocation-text';

interface RevokedInvitationsTableProps {
  caption: string;
  invitations: readonly Invitation[];
  /** The invitation whose resend is on its way. */
  resendingId: string | undefined;
  onResend: (invitation: Invitation) => void;
}

/** Revoked invitations with who revoked them and why; Resend opens one again under the current admin. */
export function RevokedInvitationsTable({ caption, invitations, resendingId, onResend }: RevokedInvitationsTableProps) {
  const { t } = useTranslation();
  const id = useId();
  const language = useLanguage();
  return (
    <table className="data-table data-table--dense">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('invitations.email')}</th>
          <th scope="col">{t('invitations.roles')}</th>
          <th scope="col">{t('invitations.invitedBy')}</th>
          <th scope="col">{t('invitations.status')}</th>
          <th scope="col" className="actions">
            <span className="visually-hidden">{t('userManagement.actions')}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {invitations.map((invitation, index) => {
          const emailId = `${id}-${index}`;
          const reasonId = `${emailId}-reason`;
          return (
            <tr key={invitation.id}>
              <th scope="row">
                <span id={emailId} className="break address">
                  {invitation.email}
                </span>
              </th>
              <td data-label={t('invitations.roles')}>
                {invitation.roles.length > 0 ? (
                  invitation.roles.map((role) => role.name).join(', ')
                ) : (
                  <span className="muted">{t('invitations.noRoles')}</span>
                )}
              </td>
              <td data-label={t('invitations.invitedBy')}>
                {invitation.invitedBy ? (
                  invitation.invitedBy.name
                ) : (
                  <span className="muted">{t('invitations.inviterGone')}</span>
                )}
              </td>
              <td data-label={t('invitations.status')}>
                <span className="cell-stack">
                  <InvitationStatusBadge status={invitation.status} />
                  <span id={reasonId}>{revocationText(invitation, t)}</span>
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
              </td>
              <td className="actions">
                <div className="row-actions">
                  <IconButton
                    icon="resend"
                    label={t('invitations.resend')}
                    showLabel
                    loading={resendingId === invitation.id}
                    aria-describedby={`${emailId} ${reasonId}`}
                    onClick={() => onResend(invitation)}
                  />
                </div>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
