import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { IconButton } from '../../../../components/IconButton';
import { Icon } from '../../../../components/Icon';
import { formatDateTime, formatShortDateTime } from '../../../../lib/format';
import { useLanguage } from '../../../../lib/language/use-language';
import type { Invitation } from '../../api/list-invitations';
import { DeliveryBadge, InvitationStatusBadge } from './InvitationStatusBadge';

interface InvitationsTableProps {
  caption: string;
  invitations: readonly Invitation[];
  /** The invitation whose resend is on its way. */
  resendingId: string | undefined;
  onResend: (invitation: Invitation) => void;
  onDelete: (invitation: Invitation) => void;
}

/** A row wants attention when its link no longer reaches the invitee: Resend is then shown with its name. */
export function needsResend(invitation: Invitation): boolean {
  return invitation.delivery === 'failed' || invitation.status === 'expired' || invitation.renewalRequestedAt !== null;
}

export function InvitationsTable({ caption, invitations, resendingId, onResend, onDelete }: InvitationsTableProps) {
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
          <th scope="col">{t('invitations.sentAt')}</th>
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
            <tr key={invitation.id} className={needsResend(invitation) ? 'is-attention' : undefined}>
              <th scope="row">
                <span className="cell-stack">
                  <span id={emailId} className="break address">
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
              <td data-label={t('invitations.sentAt')}>
                <span className="cell-stack">
                  <time dateTime={invitation.sentAt} title={formatDateTime(invitation.sentAt, language)}>
                    {formatShortDateTime(invitation.sentAt, language)}
                  </time>
                  <span className="cell-note">{t('invitations.sendCount', { count: invitation.sendCount })}</span>
                </span>
              </td>
              <td data-label={t('invitations.status')}>
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
                      id={reasonId}
                      className={invitation.delivery === 'failed' ? 'cell-note cell-note--error' : 'cell-note'}
                    >
                      {t(invitation.delivery === 'failed' ? 'invitations.failedReason' : 'invitations.retryReason', {
                        reason: invitation.deliveryError,
                      })}
                    </span>
                  )}
                </span>
              </td>
              <td className="actions">
                <div className="row-actions">
                  <IconButton
                    icon="resend"
                    label={t('invitations.resend')}
                    showLabel={needsResend(invitation)}
                    tone={needsResend(invitation) ? 'prominent' : 'default'}
                    loading={resendingId === invitation.id}
                    aria-describedby={invitation.deliveryError ? `${emailId} ${reasonId}` : emailId}
                    onClick={() => onResend(invitation)}
                  />
                  <IconButton
                    icon="trash"
                    tone="danger"
                    label={t('invitations.delete')}
                    aria-describedby={emailId}
                    onClick={() => onDelete(invitation)}
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
