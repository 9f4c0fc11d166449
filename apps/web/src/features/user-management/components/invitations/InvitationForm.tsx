import type { Language } from '@cloudhub/permissions';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../../components/Alert';
import { Button } from '../../../../components/Button';
import { ErrorState } from '../../../../components/ErrorState';
import { FormField } from '../../../../components/FormField';
import { LoadingState } from '../../../../components/LoadingState';
import { ApiError } from '../../../../lib/api/api-error';
import { errorMessage } from '../../../../lib/api/error-message';
import { useFormErrors } from '../../../../lib/forms/use-form-errors';
import { useLanguage } from '../../../../lib/language/use-language';
import { useCreateInvitation } from '../../api/create-invitation';
import type { Invitation } from '../../api/list-invitations';
import { useRoles } from '../../api/list-roles';
import { useResendInvitation } from '../../api/resend-invitation';
import { EMAIL_MAX } from '@cloudhub/validation-limits';
import { INVITATION_FIELDS, validateInvitation } from '../../invitation-validation';
import { InvitationGrantFields, InviteFormFooter } from './InviteFormParts';

interface InvitationFormProps {
  tenantId: string;
  customerNumber: string;
  onCancel: () => void;
  onSent: (invitation: Invitation, resent: boolean) => void;
  /** False when the form appears because a tab was chosen: the focus stays on the tab. */
  autoFocus?: boolean;
}

/** The open invitation that a 409 `invitation_exists` names, to offer Resend right there. */
function existingInvitationId(error: unknown): string | undefined {
  if (!(error instanceof ApiError) || error.code !== 'invitation_exists') return undefined;
  const id = error.problem?.['invitationId'];
  return typeof id === 'string' ? id : undefined;
}

export function InvitationForm({ tenantId, customerNumber, onCancel, onSent, autoFocus = true }: InvitationFormProps) {
  const { t } = useTranslation();
  const uiLanguage = useLanguage();
  const roles = useRoles(tenantId);
  const create = useCreateInvitation();
  const resend = useResendInvitation();
  const {
    formRef,
    fieldErrors: formFieldErrors,
    generalError: formGeneralError,
    acceptIfValid,
    focusServerError,
  } = useFormErrors(INVITATION_FIELDS, create);
  const [email, setEmail] = useState('');
  const [roleIds, setRoleIds] = useState<string[]>([]);
  const [language, setLanguage] = useState<Language | ''>('');
  const emailInput = useRef<HTMLInputElement>(null);

  // The form appears once the roles are known, and again after "Invite another user": start at the e-mail.
  useEffect(() => {
    if (roles.isSuccess && autoFocus) emailInput.current?.focus();
  }, [roles.isSuccess, autoFocus]);

  // The per-address limit is about what was typed into the e-mail field, so it shows there.
  const recipientLimited = create.error instanceof ApiError && create.error.code === 'recipient_quota_exceeded';
  const fieldErrors = recipientLimited
    ? { ...formFieldErrors, email: errorMessage(create.error, t, uiLanguage) }
    : formFieldErrors;
  const generalError = recipientLimited ? undefined : formGeneralError;
  const existingId = existingInvitationId(create.error);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    resend.reset();
    if (!acceptIfValid(validateInvitation({ email }, t))) return;
    create.mutate(
      { tenantId, invitation: { email: email.trim(), roleIds, ...(language ? { language } : {}) } },
      {
        onSuccess: (invitation) => onSent(invitation, false),
        onError: (error) => {
          if (error instanceof ApiError && error.code === 'recipient_quota_exceeded') {
            requestAnimationFrame(() => emailInput.current?.focus());
          } else focusServerError(error);
        },
      },
    );
  };

  if (roles.isPending) return <LoadingState />;
  if (roles.isError) return <ErrorState error={roles.error} onRetry={() => void roles.refetch()} />;

  return (
    <form ref={formRef} className="form" noValidate onSubmit={submit}>
      {generalError && <Alert tone="error">{generalError}</Alert>}
      <div className="stack stack--tight">
        <FormField label={t('invite.email')} hint={t('invite.emailHint')} error={fieldErrors.email}>
          {(control) => (
            <input
              {...control}
              ref={emailInput}
              // When the roles are known already (the Users tab loaded them), the form is there as the dialog
              // opens, and the dialog's own first focus must land here too, not on the first tab.
              data-autofocus={autoFocus || undefined}
              name="email"
              type="email"
              inputMode="email"
              autoComplete="off"
              spellCheck={false}
              maxLength={EMAIL_MAX + 20}
              value={email}
              onChange={(event) => setEmail(event.target.value)}
              required
            />
          )}
        </FormField>
        {existingId && (
          <div className="inline-offer">
            <p>{t('invite.existingOffer')}</p>
            {resend.isError && <Alert tone="error">{errorMessage(resend.error, t, uiLanguage)}</Alert>}
            <Button
              variant="secondary"
              icon="resend"
              loading={resend.isPending}
              loadingLabel={t('invite.resending')}
              onClick={() =>
                resend.mutate(
                  { tenantId, invitationId: existingId },
                  { onSuccess: (invitation) => onSent(invitation, true) },
                )
              }
            >
              {t('invite.resendExisting')}
            </Button>
          </div>
        )}
      </div>
      <InvitationGrantFields
        customerNumber={customerNumber}
        roles={roles.data}
        roleIds={roleIds}
        onRoleIdsChange={setRoleIds}
        language={language}
        onLanguageChange={setLanguage}
        hints={{ roles: t('invite.rolesHint'), language: t('invite.languageHint') }}
        errors={{ roles: fieldErrors.roleIds, language: fieldErrors.language }}
      />
      <InviteFormFooter tenantId={tenantId} onCancel={onCancel}>
        <Button type="submit" icon="mail" loading={create.isPending} loadingLabel={t('invite.sending')}>
          {t('invite.submit')}
        </Button>
      </InviteFormFooter>
    </form>
  );
}
