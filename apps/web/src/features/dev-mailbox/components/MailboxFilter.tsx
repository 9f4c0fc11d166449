import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/Button';
import { FormField } from '../../../components/FormField';
import { formText } from '../../../lib/forms/form-text';

export function MailboxFilter({ address, onFilter }: { address: string; onFilter: (address: string) => void }) {
  const { t } = useTranslation();
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onFilter(formText(new FormData(event.currentTarget), 'to').trim());
  };
  return (
    <form className="filter-bar" role="search" onSubmit={submit}>
      <FormField label={t('devMailbox.filterLabel')} hint={t('devMailbox.filterHint')}>
        {(control) => (
          <input {...control} key={address} name="to" type="search" defaultValue={address} spellCheck={false} />
        )}
      </FormField>
      <Button type="submit" icon="search">
        {t('devMailbox.filter')}
      </Button>
    </form>
  );
}
