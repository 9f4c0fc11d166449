import type { Language } from '@cloudhub/permissions';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/Alert';
import { Button } from '../../../components/Button';
import { FormField } from '../../../components/FormField';
import { LanguageSelect } from '../../../components/LanguageSelect';
import type { CustomerSettings } from '../../../lib/customers/customer-settings';
import { useFormErrors } from '../../../lib/forms/use-form-errors';
import { useUpdateCustomerSettings } from '../api/update-customer-settings';

const CUSTOMER_SETTINGS_FIELDS = ['language'] as const;

/** The customer-wide defaults an admin may change: the language of invitation e-mails. */
export function CustomerSettingsForm({ settings }: { settings: CustomerSettings }) {
  const { t } = useTranslation();
  const update = useUpdateCustomerSettings();
  const { formRef, fieldErrors, generalError, acceptIfValid, focusServerError } = useFormErrors(
    CUSTOMER_SETTINGS_FIELDS,
    update,
  );
  const [language, setLanguage] = useState<Language>(settings.language);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    // Nothing to check before sending: the select offers only languages the API takes.
    if (!acceptIfValid({})) return;
    update.mutate({ tenantId: settings.tenantId, changes: { language } }, { onError: focusServerError });
  };

  return (
    <form ref={formRef} className="form" noValidate onSubmit={submit}>
      {generalError && <Alert tone="error">{generalError}</Alert>}
      {update.isSuccess && (
        <Alert tone="success">
          {t('customerSettings.saved', { language: t(`language.names.${update.data.language}`) })}
        </Alert>
      )}
      <FormField
        label={t('customerSettings.language')}
        hint={t('customerSettings.languageHint')}
        error={fieldErrors.language}
      >
        {(control) => <LanguageSelect control={control} value={language} onChange={setLanguage} />}
      </FormField>
      <div className="form__actions">
        <Button type="submit" loading={update.isPending} loadingLabel={t('customerSettings.saving')}>
          {t('customerSettings.save')}
        </Button>
      </div>
    </form>
  );
}
