import type { RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../../../components/ConfirmDialog';
import { useDeleteInvitation } from '../../api/delete-invitation';
import type { Invitation } from '../../api/list-invitations';

interface DeleteInvitationDialogProps {
  tenantId: string;
  invitation: Invitation;
  onClose: () => void;
  onDeleted: (message: string) => void;
  returnFocusTo: RefObject<HTMLElement | null>;
}

export function DeleteInvitationDialog({
  tenantId,
  invitation,
  onClose,
  onDeleted,
  returnFocusTo,
}: DeleteInvitationDialogProps) {
  const { t } = useTranslation();
  const remove = useDeleteInvitation();
  return (
    <ConfirmDialog
      title={t('invitations.deleteTitle')}
      confirmLabel={t('invitations.deleteConfirm')}
      confirmingLabel={t('invitations.deleting')}
      change={remove}
      onCancel={onClose}
      returnFocusTo={returnFocusTo}
      onConfirm={() =>
        remove.mutate(
          { tenantId, invitationId: invitation.id },
          { onSuccess: () => onDeleted(t('invitations.deleted', { email: invitation.email })) },
        )
      }
    >
      <p>{t('invitations.deleteText', { email: invitation.email })}</p>
      <p className="muted">{t('invitations.deleteExplained')}</p>
    </ConfirmDialog>
  );
}
