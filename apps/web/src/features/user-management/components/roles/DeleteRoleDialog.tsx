import type { RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../../../components/ConfirmDialog';
import { useDeleteRole } from '../../api/delete-role';
import { useRoleImpact } from '../../api/get-role-impact';
import type { Role } from '../../api/list-roles';
import { RoleImpactText } from './RoleImpactText';

interface DeleteRoleDialogProps {
  tenantId: string;
  role: Role;
  onClose: () => void;
  onDeleted: (message: string) => void;
  returnFocusTo: RefObject<HTMLElement | null>;
}

/** Says whom the deletion affects before it happens: members lose the role, invitations drop it. */
export function DeleteRoleDialog({ tenantId, role, onClose, onDeleted, returnFocusTo }: DeleteRoleDialogProps) {
  const { t } = useTranslation();
  const impact = useRoleImpact(tenantId, role.id);
  const remove = useDeleteRole();
  return (
    <ConfirmDialog
      title={t('roles.deleteTitle', { name: role.name })}
      confirmLabel={t('roles.deleteConfirm')}
      confirmingLabel={t('roles.deleting')}
      change={remove}
      confirmDisabled={!impact.isSuccess}
      onCancel={onClose}
      returnFocusTo={returnFocusTo}
      onConfirm={() =>
        remove.mutate(
          { tenantId, roleId: role.id },
          { onSuccess: () => onDeleted(t('roles.deleted', { name: role.name })) },
        )
      }
    >
      <p>{t('roles.deleteText', { name: role.name })}</p>
      <RoleImpactText impact={impact} />
      <p className="muted">{t('roles.deleteExplained')}</p>
    </ConfirmDialog>
  );
}
