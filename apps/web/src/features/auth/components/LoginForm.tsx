import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/Alert';
import { Button } from '../../../components/Button';
import { FormField } from '../../../components/FormField';
import { ShowPasswordCheckbox } from '../../../components/ShowPasswordCheckbox';
import { formatWait } from '../../../lib/format';
import { formText } from '../../../lib/forms/form-text';
import { useFormErrors } from '../../../lib/forms/use-form-errors';
import { useLanguage } from '../../../lib/language/use-language';
import { useLogin } from '../api/login';
import { LOGIN_FIELDS, validateLogin } from '../login-validation';
import { useLoginWait } from '../login-wait';

/** `defaultEmail`: the address the login is for, when the page knows it (an invitation). */
export function LoginForm({ onLoggedIn, defaultEmail }: { onLoggedIn: () => Promise<void>; defaultEmail?: string }) {
  const { t } = useTranslation();
  const login = useLogin();
  const { formRef, fieldErrors, generalError, acceptIfValid, focusServerError } = useFormErrors(LOGIN_FIELDS, login);
  const [showPassword, setShowPassword] = useState(false);
  const [finishing, setFinishing] = useState(false);
  const language = useLanguage();
  // After a few failed logins the API asks for a growing wait: counted down on the button, nothing sent meanwhile.
  const waitSeconds = useLoginWait(login.error);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (waitSeconds > 0) return;
    const form = new FormData(event.currentTarget);
    const credentials = { email: formText(form, 'email').trim(), password: formText(form, 'password') };
    if (!acceptIfValid(validateLogin(credentials, t))) return;
    login.mutate(credentials, {
      onError: focusServerError,
      onSuccess: () => {
        setFinishing(true);
        void onLoggedIn().finally(() => setFinishing(false));
      },
    });
  };

  return (
    <form ref={formRef} className="form" noValidate onSubmit={submit}>
      {generalError && <Alert tone="error">{generalError}</Alert>}
      <FormField label={t('login.email')} error={fieldErrors.email}>
        {(control) => (
          <input
            {...control}
            name="email"
            type="email"
            autoComplete="username"
            spellCheck={false}
            defaultValue={defaultEmail}
            required
          />
        )}
      </FormField>
      <FormField label={t('login.password')} error={fieldErrors.password}>
        {(control) => (
          <input
            {...control}
            name="password"
            type={showPassword ? 'text' : 'password'}
            autoComplete="current-password"
            required
          />
        )}
      </FormField>
      <ShowPasswordCheckbox checked={showPassword} onChange={setShowPassword} />
      <Button
        type="submit"
        className="button--block"
        loading={login.isPending || finishing}
        loadingLabel={t('login.submitting')}
        aria-disabled={waitSeconds > 0 || login.isPending || finishing || undefined}
      >
        {waitSeconds > 0 ? t('login.retryIn', { wait: formatWait(waitSeconds, language) }) : t('login.submit')}
      </Button>
    </form>
  );
}
