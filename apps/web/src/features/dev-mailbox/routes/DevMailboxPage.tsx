import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { Page } from '../../../components/Page';
import { Mailbox } from '../components/Mailbox';
import { MailboxFilter } from '../components/MailboxFilter';
import { ADDRESS_PARAM, MESSAGE_PARAM } from '../mailbox-params';

/** Development only, no login: every message the capture SMTP server caught. */
export function DevMailboxPage() {
  const { t } = useTranslation();
  const [searchParams, setSearchParams] = useSearchParams();
  const address = searchParams.get(ADDRESS_PARAM) ?? '';
  return (
    <Page title={t('devMailbox.title')} intro={t('devMailbox.intro')}>
      <MailboxFilter address={address} onFilter={(to) => setSearchParams(to ? { [ADDRESS_PARAM]: to } : {})} />
      <Mailbox address={address} selectedId={searchParams.get(MESSAGE_PARAM) ?? undefined} />
    </Page>
  );
}
