import { ADMIN_PERMISSION } from '@cloudhub/permissions';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../../components/Alert';
import { Button } from '../../../../components/Button';
import { Dialog } from '../../../../components/Dialog';
import { ErrorState } from '../../../../components/ErrorState';
import { LoadingState } from '../../../../components/LoadingState';
import { SuccessorPicker } from '../../../../components/SuccessorPicker';
import { ApiError } from '../../../../lib/api/api-error';
import { useFormErrors } from '../../../../lib/forms/use-form-errors';
import { useSuccessorChoice } from '../../../../lib/members/successor-candidates';
import { useLanguage } from '../../../../lib/language/use-language';
import type { Member } from '../../api/list-members';
import { useRoles } from '../../api/list-roles';
import { useUpdateMember } from '../../api/update-member';
import { areaLabels } from '../../permission-labels';
import { RoleCheckboxes } from '../RoleCheckboxes';

const FIELDS = ['roleIds', 'successorId'] as const;

interface EditMemberRolesDialogProps {
  tenantId: string;
  customerNumber: string;
  member: Member;
  isMe: boolean;
  onClose: () => void;
  onSaved: (message: string) => void;
}

/**
 * A member's roles from now on; the change applies to their very next request. The last admin taking their
 * own admin role away (the API refuses with `last_admin`) chooses who takes over instead of a dead end.
 */
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
  const [needsSuccessor, setNeedsSuccessor] = useState(false);
  const successor = useSuccessorChoice(tenantId, member.userId, needsSuccessor);

  const chosen = roles.data?.filter((role) => roleIds.includes(role.id)) ?? [];
  const permissions = [...new Set(chosen.flatMap((role) => role.permissions))];
  const areas = areaLabels(permissions, language);
  const losesAdmin = member.isAdmin && roles.isSuccess && !permissions.includes(ADMIN_PERMISSION);
  const handsOver = needsSuccessor && isMe && losesAdmin;

  const refused = (error: unknown) => {
    if (isMe && error instanceof ApiError && error.code === 'last_admin') {
      update.reset();
      setNeedsSuccessor(true);
    } else focusServerError(error);
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const missingSuccessor = handsOver && !successor.chosen;
    if (!acceptIfValid(missingSuccessor ? { successorId: t('validation.successorRequired') } : {})) return;
    const successorId = handsOver ? successor.chosen?.userId : undefined;
    update.mutate(
      { tenantId, userId: member.userId, changes: { roleIds, successorId } },
      { onError: refused, onSuccess: () => onSaved(t('members.saved', { name: member.name })) },
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
          {losesAdmin && !handsOver && (
            <Alert tone="info">
              {isMe ? t('members.youLoseAdmin') : t('members.losesAdmin', { name: member.name })}
            </Alert>
          )}
          {handsOver && (
            <>
              <Alert tone="info">{t('members.lastAdminSuccessor')}</Alert>
              <SuccessorPicker name="successorId" error={fieldErrors.successorId} {...successor} />
            </>
          )}
          <div className="dialog__actions">
            <Button variant="secondary" onClick={onClose}>
              {t('dialog.cancel')}
            </Button>
            <Button type="submit" icon="check" loading={update.isPending} loadingLabel={t('members.saving')}>
              {handsOver ? t('members.saveAndHandOver') : t('members.save')}
            </Button>
          </div>
        </form>
      )}
    </Dialog>
  );
}
