import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { classNames } from '../../../components/class-names';
import { formatDateTime } from '../../../lib/format';
import { useLanguage } from '../../../lib/language/use-language';
import type { DevMailMessage } from '../api/list-dev-mailbox';
import { MESSAGE_PARAM } from '../mailbox-params';

export function MessageList({ messages, selectedId }: { messages: readonly DevMailMessage[]; selectedId?: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [searchParams] = useSearchParams();
  const linkTo = (id: string) => {
    const params = new URLSearchParams(searchParams);
    params.set(MESSAGE_PARAM, id);
    return `?${params.toString()}`;
  };
  return (
    <ul className="message-list">
      {messages.map((message) => (
        <li key={message.id}>
          <Link
            className={classNames('message-list__item', message.id === selectedId && 'is-selected')}
            to={linkTo(message.id)}
            aria-current={message.id === selectedId ? 'true' : undefined}
          >
            <span className="message-list__subject">{message.subject}</span>
            <span className="message-list__meta">
              {t('devMailbox.to')}: {message.to.join(', ')}
            </span>
            <span className="message-list__meta">
              <time dateTime={message.receivedAt}>{formatDateTime(message.receivedAt, language)}</time>
            </span>
          </Link>
        </li>
      ))}
    </ul>
  );
}
