import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/Button';
import { EmptyState } from '../../../components/EmptyState';
import { ErrorState } from '../../../components/ErrorState';
import { LoadingState } from '../../../components/LoadingState';
import { ApiError } from '../../../lib/api/api-error';
import { useDevMailbox } from '../api/list-dev-mailbox';
import { MessageList } from './MessageList';
import { MessageView } from './MessageView';

/** The captured messages to one address (or all), and the one chosen for reading. */
export function Mailbox({ address, selectedId }: { address: string; selectedId: string | undefined }) {
  const { t } = useTranslation();
  const mailbox = useDevMailbox(address);
  if (mailbox.isPending) return <LoadingState />;
  if (mailbox.isError) {
    // The API has no mailbox route when it sends through a real mail server.
    if (mailbox.error instanceof ApiError && mailbox.error.status === 404) {
      return <EmptyState icon="mail">{t('devMailbox.unavailable')}</EmptyState>;
    }
    return <ErrorState error={mailbox.error} onRetry={() => void mailbox.refetch()} />;
  }
  const messages = mailbox.data;
  const selected = messages.find((message) => message.id === selectedId);
  return (
    <div className="mailbox">
      <section className="mailbox__list" aria-labelledby="mailbox-list-title">
        <div className="mailbox__list-header">
          <h2 id="mailbox-list-title">
            {t('devMailbox.listTitle')} <span className="count">{messages.length}</span>
          </h2>
          <Button variant="secondary" icon="refresh" onClick={() => void mailbox.refetch()}>
            {t('devMailbox.refresh')}
          </Button>
        </div>
        {messages.length === 0 ? (
          <EmptyState icon="mail">{address ? t('devMailbox.emptyFor', { address }) : t('devMailbox.empty')}</EmptyState>
        ) : (
          <MessageList messages={messages} selectedId={selectedId} />
        )}
      </section>
      <div className="mailbox__reader">
        {selected ? <MessageView message={selected} /> : <EmptyState icon="mail">{t('devMailbox.select')}</EmptyState>}
      </div>
    </div>
  );
}
