import { LANGUAGES, type Language } from '@cloudhub/permissions';
import { useTranslation } from 'react-i18next';
import { FormField } from '../../../../components/FormField';
import { useCurrentCustomer } from '../../../../lib/customers/current-customer';
import { useCustomerSettings } from '../../../../lib/customers/customer-settings';
import { isLanguage } from '../../../../lib/language/language-preference';

/**
 * The language of the invitation e-mail; empty means the customer's default, named once the customer's
 * settings are loaded ("Customer's default (German)"), so the admin knows what an empty choice sends.
 */
export function InvitationLanguageField({
  value,
  onChange,
  hint,
  error,
}: {
  value: Language | '';
  onChange: (language: Language | '') => void;
  hint: string;
  error?: string;
}) {
  const { t } = useTranslation();
  const customer = useCurrentCustomer();
  const defaultLanguage = useCustomerSettings(customer.tenantId).data?.language;
  return (
    <FormField label={t('invite.language')} hint={hint} error={error}>
      {(control) => (
        <select
          {...control}
          name="language"
          value={value}
          onChange={(event) => onChange(isLanguage(event.target.value) ? event.target.value : '')}
        >
          <option value="">
            {defaultLanguage
              ? t('invite.languageDefaultNamed', { language: t(`language.names.${defaultLanguage}`) })
              : t('invite.languageDefault')}
          </option>
          {LANGUAGES.map((option) => (
            <option key={option} value={option} lang={option}>
              {t(`language.${option}`)}
            </option>
          ))}
        </select>
      )}
    </FormField>
  );
}
