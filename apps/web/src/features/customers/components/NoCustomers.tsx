import type { Language } from '@cloudhub/permissions';
import { useState, type FormEvent } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { Alert } from '../../../components/Alert';
import { Button } from '../../../components/Button';
import { FormField } from '../../../components/FormField';
import { LanguageSelect } from '../../../components/LanguageSelect';
import { Icon } from '../../../components/Icon';
import { errorMessage } from '../../../lib/api/error-message';
import { useLanguage } from '../../../lib/language/use-language';
import type { Me } from '../../../lib/me/get-me';
import { useUpdateMe } from '../../../lib/me/update-me';

export const SUPPORT_EMAIL = 'support@cloudhub.example';

/**
 * An account without any customer (it left the last one): only how to have it deleted, the language and
 * logout. The logout button is the page's (below).
 */
export function NoCustomers({ me }: { me: Me }) {
  const { t } = useTranslation();
  const uiLanguage = useLanguage();
  const update = useUpdateMe();
  const [language, setLanguage] = useState<Language>(me.language);

  const save = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    update.mutate({ language });
  };

  return (
    <div className="stack no-customers">
      <div className="no-customers__message">
        <Icon name="lock" className="no-customers__icon" />
        <p>
          <Trans
            i18nKey="customers.noneText"
            values={{ email: me.email, support: SUPPORT_EMAIL }}
            components={{ support: <a href={`mailto:${SUPPORT_EMAIL}`} /> }}
          />
        </p>
      </div>
      <form className="form no-customers__language" noValidate onSubmit={save}>
        {update.isError && <Alert tone="error">{errorMessage(update.error, t, uiLanguage)}</Alert>}
        {update.isSuccess && <Alert tone="success">{t('settings.saved')}</Alert>}
        <FormField label={t('settings.language')}>
          {(control) => <LanguageSelect control={control} value={language} onChange={setLanguage} />}
        </FormField>
        <div>
          <Button type="submit" variant="secondary" loading={update.isPending} loadingLabel={t('settings.saving')}>
            {t('customers.saveLanguage')}
          </Button>
        </div>
      </form>
    </div>
  );
}
