import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/Alert';
import { Button } from '../../../components/Button';
import { FormField } from '../../../components/FormField';
import { ShowPasswordCheckbox } from '../../../components/ShowPasswordCheckbox';
import { classNames } from '../../../components/class-names';
import { ApiError } from '../../../lib/api/api-error';
import { useLanguage } from '../../../lib/language/use-language';
import { useFormErrors } from '../../../lib/forms/use-form-errors';
import type { InvitationPreview } from '../api/preview-invitation';
import { useRegisterThroughInvitation } from '../api/register-through-invitation';
import { NAME_MAX } from '@cloudhub/validation-limits';
import { REGISTRATION_FIELDS, validateRegistration } from '../registration-validation';
import { usePasswordCheck } from '../use-password-check';
import { PasswordStrength } from './PasswordStrength';

interface RegisterFormProps {
  token: string;
  preview: Pick<InvitationPreview, 'email' | 'companyName'>;
  onRegistered: () => void;
  /** 409 `account_exists`: the address got an account meanwhile, so logging in is the way on. */
  onAccountExists: () => void;
}

/** A display name and a password create the account for the invited address, which is then logged in. */
export function RegisterForm({ token, preview, onRegistered, onAccountExists }: RegisterFormProps) {
  const { t } = useTranslation();
  const register = useRegisterThroughInvitation();
  // The account takes the language this page is read in (else it would take the invitation's).
  const language = useLanguage();
  const { formRef, fieldErrors, generalError, acceptIfValid, focusServerError } = useFormErrors(
    REGISTRATION_FIELDS,
    register,
  );
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');
  const [showPassword, setShowPassword] = useState(false);
  const strengthId = useId();
  const email = preview.email ?? '';
  const { verdict, check } = usePasswordCheck(password, {
    email,
    name,
    companyNames: preview.companyName ? [preview.companyName] : [],
  });

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!acceptIfValid(validateRegistration({ name, password }, password ? check(password) : undefined, t))) return;
    // The password goes as typed: spaces count, nothing is trimmed or cut.
    // Not mutate's callbacks: the new session may re-render the page before they would run.
    void register.mutateAsync({ token, name: name.trim(), password, language }).then(onRegistered, (error: unknown) => {
      if (error instanceof ApiError && error.code === 'account_exists') onAccountExists();
      else focusServerError(error);
    });
  };

  return (
    <form ref={formRef} className="form" noValidate onSubmit={submit}>
      {generalError && <Alert tone="error">{generalError}</Alert>}
      <FormField label={t('joining.email')} hint={t('joining.emailHint')}>
        {(control) => <input {...control} name="email" type="email" autoComplete="username" value={email} readOnly />}
      </FormField>
      <FormField label={t('joining.name')} hint={t('joining.nameHint')} error={fieldErrors.name}>
        {(control) => (
          <input
            {...control}
            name="name"
            autoComplete="name"
            maxLength={NAME_MAX}
            value={name}
            onChange={(event) => setName(event.target.value)}
            required
          />
        )}
      </FormField>
      <FormField label={t('joining.password')} error={fieldErrors.password}>
        {(control) => (
          <>
            <input
              {...control}
              aria-describedby={classNames(control['aria-describedby'], strengthId)}
              name="password"
              type={showPassword ? 'text' : 'password'}
              autoComplete="new-password"
              value={password}
              onChange={(event) => setPassword(event.target.value)}
              required
            />
            <PasswordStrength id={strengthId} verdict={verdict} />
          </>
        )}
      </FormField>
      <ShowPasswordCheckbox checked={showPassword} onChange={setShowPassword} />
      <Button
        type="submit"
        className="button--block"
        loading={register.isPending}
        loadingLabel={t('joining.registering')}
      >
        {t('joining.register')}
      </Button>
    </form>
  );
}
