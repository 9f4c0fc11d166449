import { ADMIN_PERMISSION } from '@cloudhub/permissions';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../../components/Alert';
import { Button } from '../../../../components/Button';
import { Dialog } from '../../../../components/Dialog';
import { ErrorState } from '../../../../components/ErrorState';
import { LoadingState } from '../../../../components/LoadingState';
import { useFormErrors } from '../../../../lib/forms/use-form-errors';
import { useLanguage } from '../../../../lib/language/use-language';
import type { Member } from '../../api/list-members';
import { useRoles } from '../../api/list-roles';
import { useUpdateMember } from '../../api/update-member';
import { areaLabels } from '../../permission-labels';
import { RoleCheckboxes } from '../RoleCheckboxes';

const FIELDS = ['roleIds'] as const;

interface EditMemberRolesDialogProps {
  tenantId: string;
  customerNumber: string;
  member: Member;
  isMe: boolean;
  onClose: () => void;
  onSaved: (message: string) => void;
}

/** A member's roles from now on; the change applies to their very next request. */
export function EditMemberRolesDialog({
  tenantId,
  customerNumber,
  member,
  isMe,
  onClose,
  onSaved,
}: EditMemberRolesDialogProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const roles = useRoles(tenantId);
  const update = useUpdateMember();
  const { formRef, fieldErrors, generalError, acceptIfValid, focusServerError } = useFormErrors(FIELDS, update);
  const [roleIds, setRoleIds] = useState(() => member.roles.map((role) => role.id));

  const chosen = roles.data?.filter((role) => roleIds.includes(role.id)) ?? [];
  const permissions = [...new Set(chosen.flatMap((role) => role.permissions))];
  const areas = areaLabels(permissions, language);
  const losesAdmin = member.isAdmin && roles.isSuccess && !permissions.includes(ADMIN_PERMISSION);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!acceptIfValid({})) return;
    update.mutate(
      { tenantId, userId: member.userId, changes: { roleIds } },
      { onError: focusServerError, onSuccess: () => onSaved(t('members.saved', { name: member.name })) },
    );
  };

  return (
    <Dialog title={t('members.editTitle', { name: member.name })} onClose={onClose} size="wide">
      {roles.isPending ? (
        <LoadingState />
      ) : roles.isError ? (
        <ErrorState error={roles.error} onRetry={() => void roles.refetch()} />
      ) : (
        <form ref={formRef} className="form" noValidate onSubmit={submit}>
          <p className="muted">{member.email}</p>
          {generalError && <Alert tone="error">{generalError}</Alert>}
          <RoleCheckboxes
            customerNumber={customerNumber}
            roles={roles.data}
            selected={roleIds}
            onChange={setRoleIds}
            legend={t('members.roles')}
            hint={t('members.rolesHint')}
            error={fieldErrors.roleIds}
          />
          <p className="summary">
            {areas.length > 0 ? t('members.accessSummary', { areas: areas.join(', ') }) : t('members.accessNone')}
          </p>
          {losesAdmin && (
            <Alert tone="info">
              {isMe ? t('members.youLoseAdmin') : t('members.losesAdmin', { name: member.name })}
            </Alert>
          )}
          <div className="dialog__actions">
            <Button variant="secondary" onClick={onClose}>
              {t('dialog.cancel')}
            </Button>
            <Button type="submit" icon="check" loading={update.isPending} loadingLabel={t('members.saving')}>
              {t('members.save')}
            </Button>
          </div>
        </form>
      )}
    </Dialog>
  );
}
