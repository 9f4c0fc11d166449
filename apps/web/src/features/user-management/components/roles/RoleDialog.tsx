import type { Permission } from '@cloudhub/permissions';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../../components/Alert';
import { Button } from '../../../../components/Button';
import { Dialog } from '../../../../components/Dialog';
import { FormField } from '../../../../components/FormField';
import { ApiError } from '../../../../lib/api/api-error';
import { useFormErrors } from '../../../../lib/forms/use-form-errors';
import { useLanguage } from '../../../../lib/language/use-language';
import { useCreateRole } from '../../api/create-role';
import { useRoleImpact } from '../../api/get-role-impact';
import type { Role } from '../../api/list-roles';
import { useUpdateRole } from '../../api/update-role';
import { areaLabels, samePermissions } from '../../permission-labels';
import { ROLE_NAME_MAX } from '@cloudhub/validation-limits';
import { ROLE_FIELDS, validateRole } from '../../role-validation';
import { PermissionCheckboxes } from './PermissionCheckboxes';
import { RoleImpactText } from './RoleImpactText';

interface RoleDialogProps {
  tenantId: string;
  /** The role to edit; none creates a new one. */
  role?: Role;
  onClose: () => void;
  onSaved: (message: string) => void;
}

/**
 * Create or edit a role. Every change of an existing role (rename, areas, or both) first shows whom it
 * affects (members and open invitations) and asks to confirm; the question takes the focus, so that it is read out.
 */
export function RoleDialog({ tenantId, role, onClose, onSaved }: RoleDialogProps) {
  const { t } = useTranslation();
  const create = useCreateRole();
  const update = useUpdateRole();
  const save = role ? update : create;
  const { formRef, fieldErrors, generalError, acceptIfValid, focusServerError } = useFormErrors(ROLE_FIELDS, save);
  const [name, setName] = useState(role?.name ?? '');
  const [permissions, setPermissions] = useState<Permission[]>(role?.permissions ?? []);
  const [confirming, setConfirming] = useState(false);
  const nameInput = useRef<HTMLInputElement>(null);

  const permissionsChanged = role !== undefined && !samePermissions(role.permissions, permissions);
  const renamed = role !== undefined && name.trim() !== role.name;
  const changed = permissionsChanged || renamed;

  const onError = (error: unknown) => {
    // A field error (e.g. the name is taken) sends the admin back to the form, to that field.
    if (error instanceof ApiError && (error.problem?.errors?.length ?? 0) > 0) {
      setConfirming(false);
      focusServerError(error);
    }
  };

  const send = () => {
    const trimmed = name.trim();
    if (!role) {
      create.mutate(
        { tenantId, role: { name: trimmed, permissions } },
        { onError, onSuccess: (created) => onSaved(t('roles.created', { name: created.name })) },
      );
      return;
    }
    const changes = {
      ...(trimmed !== role.name ? { name: trimmed } : {}),
      ...(permissionsChanged ? { permissions } : {}),
    };
    if (Object.keys(changes).length === 0) {
      onClose();
      return;
    }
    update.mutate(
      { tenantId, roleId: role.id, changes },
      { onError, onSuccess: (saved) => onSaved(t('roles.saved', { name: saved.name })) },
    );
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!acceptIfValid(validateRole({ name }, t))) return;
    if (changed) setConfirming(true);
    else send();
  };

  const title = role ? t('roles.editTitle', { name: role.name }) : t('roles.createTitle');
  return (
    <Dialog title={title} onClose={onClose} size="wide">
      {confirming && role ? (
        <ConfirmRoleChange
          tenantId={tenantId}
          role={role}
          newName={renamed ? name.trim() : undefined}
          permissions={permissions}
          saving={update.isPending}
          error={generalError}
          onBack={() => {
            update.reset();
            setConfirming(false);
            requestAnimationFrame(() => nameInput.current?.focus());
          }}
          onConfirm={send}
        />
      ) : (
        <form ref={formRef} className="form" noValidate onSubmit={submit}>
          {generalError && <Alert tone="error">{generalError}</Alert>}
          <FormField label={t('roles.name')} error={fieldErrors.name}>
            {(control) => (
              <input
                {...control}
                ref={nameInput}
                name="name"
                value={name}
                maxLength={ROLE_NAME_MAX + 20}
                autoComplete="off"
                onChange={(event) => setName(event.target.value)}
                required
                data-autofocus
              />
            )}
          </FormField>
          <PermissionCheckboxes selected={permissions} onChange={setPermissions} error={fieldErrors.permissions} />
          <div className="dialog__actions">
            <Button variant="secondary" onClick={onClose}>
              {t('dialog.cancel')}
            </Button>
            <Button
              type="submit"
              loading={save.isPending}
              loadingLabel={t('roles.saving')}
              icon={changed ? undefined : 'check'}
            >
              {role ? (changed ? t('roles.continue') : t('roles.save')) : t('roles.create')}
            </Button>
          </div>
        </form>
      )}
    </Dialog>
  );
}

interface ConfirmRoleChangeProps {
  tenantId: string;
  role: Role;
  /** The new name, when the role is renamed. */
  newName: string | undefined;
  permissions: readonly Permission[];
  saving: boolean;
  error: string | undefined;
  onBack: () => void;
  onConfirm: () => void;
}

function ConfirmRoleChange({
  tenantId,
  role,
  newName,
  permissions,
  saving,
  error,
  onBack,
  onConfirm,
}: ConfirmRoleChangeProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const impact = useRoleImpact(tenantId, role.id);
  const question = useRef<HTMLParagraphElement>(null);
  const questionId = useId();
  const impactId = useId();
  // The form's button is gone: the question takes the focus, so that it is read out.
  useEffect(() => question.current?.focus(), []);
  const added = areaLabels(
    permissions.filter((permission) => !role.permissions.includes(permission)),
    language,
  );
  const removed = areaLabels(
    role.permissions.filter((permission) => !permissions.includes(permission)),
    language,
  );
  const areasChanged = added.length > 0 || removed.length > 0;
  const questionText =
    newName === undefined
      ? t('roles.confirmChange', { name: role.name })
      : areasChanged
        ? t('roles.confirmRenameAndChange', { name: role.name, newName })
        : t('roles.confirmRename', { name: role.name, newName });
  return (
    <div className="stack" role="group" aria-labelledby={questionId} aria-describedby={impactId}>
      <p ref={question} id={questionId} tabIndex={-1}>
        {questionText}
      </p>
      {areasChanged && (
        <ul className="change-list">
          {added.length > 0 && <li>{t('roles.adds', { areas: added.join(', ') })}</li>}
          {removed.length > 0 && <li>{t('roles.removes', { areas: removed.join(', ') })}</li>}
        </ul>
      )}
      {/* The counts arrive after the question has been read: the live region reads them out as well. */}
      <div id={impactId} aria-live="polite">
        <RoleImpactText impact={impact} kind={areasChanged ? 'areas' : 'rename'} />
      </div>
      <p className="muted">{areasChanged ? t('roles.impactExplained') : t('roles.renameExplained')}</p>
      {error && <Alert tone="error">{error}</Alert>}
      <div className="dialog__actions">
        <Button variant="secondary" icon="arrowLeft" onClick={onBack}>
          {t('roles.back')}
        </Button>
        <Button
          icon="check"
          loading={saving}
          loadingLabel={t('roles.saving')}
          disabled={!impact.isSuccess}
          onClick={onConfirm}
        >
          {t('roles.confirmSave')}
        </Button>
      </div>
    </div>
  );
}
