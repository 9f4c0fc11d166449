import type { Language } from '@cloudhub/permissions';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../../components/Button';
import type { Role } from '../../api/list-roles';
import { RoleCheckboxes } from '../RoleCheckboxes';
import { InvitationLanguageField } from './InvitationLanguageField';
import { QuotaNote } from './QuotaNote';

/** What an invitation grants and how it is written: the roles and the e-mail's language, for one or many. */
export function InvitationGrantFields({
  customerNumber,
  roles,
  roleIds,
  onRoleIdsChange,
  language,
  onLanguageChange,
  hints,
  errors = {},
}: {
  customerNumber: string;
  roles: readonly Role[];
  roleIds: readonly string[];
  onRoleIdsChange: (roleIds: string[]) => void;
  language: Language | '';
  onLanguageChange: (language: Language | '') => void;
  hints: { roles: string; language: string };
  errors?: { roles?: string; language?: string };
}) {
  const { t } = useTranslation();
  return (
    <>
      <RoleCheckboxes
        customerNumber={customerNumber}
        roles={roles}
        selected={roleIds}
        onChange={onRoleIdsChange}
        legend={t('invite.roles')}
        hint={hints.roles}
        error={errors.roles}
      />
      <InvitationLanguageField
        value={language}
        onChange={onLanguageChange}
        hint={hints.language}
        error={errors.language}
      />
    </>
  );
}

/** The invite dialog's footer: the admin's quota, Cancel, and the form's own submit button. */
export function InviteFormFooter({
  tenantId,
  onCancel,
  children,
}: {
  tenantId: string;
  onCancel: () => void;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <div className="dialog__footer">
      <QuotaNote tenantId={tenantId} />
      <div className="dialog__actions">
        <Button variant="secondary" onClick={onCancel}>
          {t('dialog.cancel')}
        </Button>
        {children}
      </div>
    </div>
  );
}
