import type { TFunction } from 'i18next';
import type { Invitation } from '../../api/list-invitations';

/** Who revoked a revoked invitation, and why: "Deleted by Bert B", "Revoked automatically: Anna A was removed". */
export function revocationText(invitation: Invitation, t: TFunction): string {
  const inviter = invitation.invitedBy?.name ?? t('revokedInvitations.theInviter');
  switch (invitation.revokeReason) {
    case 'deleted':
      return invitation.revokedBy
        ? t('revokedInvitations.deletedBy', { name: invitation.revokedBy.name })
        : t('revokedInvitations.deletedByGone');
    case 'inviter_removed':
      return t('revokedInvitations.automaticRemoved', { name: inviter });
    case 'inviter_left':
      return t('revokedInvitations.automaticLeft', { name: inviter });
    case 'inviter_lost_rights':
      return t('revokedInvitations.automaticLostRights', { name: inviter });
    case null:
      return invitation.revokedBy
        ? t('revokedInvitations.deletedBy', { name: invitation.revokedBy.name })
        : t('revokedInvitations.automatic');
  }
}
