import type { Language } from '@cloudhub/permissions';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/Alert';
import { Button } from '../../../components/Button';
import { FormField } from '../../../components/FormField';
import { LanguageSelect } from '../../../components/LanguageSelect';
import { useFormErrors } from '../../../lib/forms/use-form-errors';
import type { Me } from '../../../lib/me/get-me';
import { useUpdateMe } from '../../../lib/me/update-me';
import { PROFILE_FIELDS, validateProfile } from '../profile-validation';

export function ProfileForm({ me }: { me: Me }) {
  const { t } = useTranslation();
  const update = useUpdateMe();
  const { formRef, fieldErrors, generalError, acceptIfValid, focusServerError } = useFormErrors(PROFILE_FIELDS, update);
  const [name, setName] = useState(me.name);
  const [language, setLanguage] = useState<Language>(me.language);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!acceptIfValid(validateProfile({ name }, t))) return;
    update.mutate({ name: name.trim(), language }, { onError: focusServerError });
  };

  return (
    <form ref={formRef} className="form" noValidate onSubmit={submit}>
      {generalError && <Alert tone="error">{generalError}</Alert>}
      {update.isSuccess && <Alert tone="success">{t('settings.saved')}</Alert>}
      <FormField label={t('settings.name')} hint={t('settings.nameHint')} error={fieldErrors.name}>
        {(control) => (
          <input
            {...control}
            name="name"
            autoComplete="name"
            value={name}
            onChange={(event) => setName(event.target.value)}
            required
          />
        )}
      </FormField>
      <FormField label={t('settings.email')}>{(control) => <input {...control} value={me.email} readOnly />}</FormField>
      <FormField label={t('settings.language')} hint={t('settings.languageHint')} error={fieldErrors.language}>
        {(control) => <LanguageSelect control={control} value={language} onChange={setLanguage} />}
      </FormField>
      <div className="form__actions">
        <Button type="submit" loading={update.isPending} loadingLabel={t('settings.saving')}>
          {t('settings.save')}
        </Button>
      </div>
    </form>
  );
}
