import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../lib/format';
import { useLanguage } from '../../../lib/language/use-language';
import type { DevMailMessage } from '../api/list-dev-mailbox';

/**
 * The HTML part runs in an iframe with an empty sandbox: no scripts, no forms, and an opaque origin, so a
 * captured message can neither run code nor reach this page or its API.
 */
export function MessageView({ message }: { message: DevMailMessage }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <article className="message" aria-labelledby="message-subject">
      <h2 id="message-subject">{message.subject}</h2>
      <dl className="message__headers">
        <dt>{t('devMailbox.from')}</dt>
        <dd>{message.from}</dd>
        <dt>{t('devMailbox.to')}</dt>
        <dd>{message.to.join(', ')}</dd>
        <dt>{t('devMailbox.received')}</dt>
        <dd>
          <time dateTime={message.receivedAt}>{formatDateTime(message.receivedAt, language)}</time>
        </dd>
        {message.messageId && (
          <>
            <dt>{t('devMailbox.messageId')}</dt>
            <dd className="mono">{message.messageId}</dd>
          </>
        )}
      </dl>
      <h3>{t('devMailbox.htmlPart')}</h3>
      {message.html === null ? (
        <p className="muted">{t('devMailbox.noHtml')}</p>
      ) : (
        <iframe
          className="message__html"
          title={t('devMailbox.htmlFrameTitle', { subject: message.subject })}
          sandbox=""
          srcDoc={message.html}
        />
      )}
      <h3>{t('devMailbox.textPart')}</h3>
      {message.text === null ? (
        <p className="muted">{t('devMailbox.noText')}</p>
      ) : (
        <pre className="message__text">{message.text}</pre>
      )}
    </article>
  );
}
