import type { RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../../../components/ConfirmDialog';
import type { Member } from '../../api/list-members';
import { useRemoveMember } from '../../api/remove-member';

interface RemoveMemberDialogProps {
  tenantId: string;
  companyName: string;
  member: Member;
  isMe: boolean;
  onClose: () => void;
  onRemoved: (message: string) => void;
  returnFocusTo: RefObject<HTMLElement | null>;
}

export function RemoveMemberDialog({
  tenantId,
  companyName,
  member,
  isMe,
  onClose,
  onRemoved,
  returnFocusTo,
}: RemoveMemberDialogProps) {
  const { t } = useTranslation();
  const remove = useRemoveMember();
  return (
    <ConfirmDialog
      title={t('members.removeTitle', { name: member.name })}
      confirmLabel={t('members.removeConfirm')}
      confirmingLabel={t('members.removing')}
      change={remove}
      onCancel={onClose}
      returnFocusTo={returnFocusTo}
      onConfirm={() =>
        remove.mutate(
          { tenantId, userId: member.userId },
          { onSuccess: () => onRemoved(t('members.removed', { name: member.name, company: companyName })) },
        )
      }
    >
      <p>
        {isMe
          ? t('members.removeMeText', { company: companyName })
          : t('members.removeText', { name: member.name, email: member.email, company: companyName })}
      </p>
      <p className="muted">{isMe ? t('members.removeMeExplained') : t('members.removeExplained')}</p>
    </ConfirmDialog>
  );
}
