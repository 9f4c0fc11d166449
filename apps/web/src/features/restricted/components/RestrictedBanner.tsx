import { plainTextProblem } from '@cloudhub/plain-text';
import { useQueryClient } from '@tanstack/react-query';
import { useId, useRef, useState, type FormEvent } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/Alert';
import { Button } from '../../../components/Button';
import { FormField } from '../../../components/FormField';
import { Icon } from '../../../components/Icon';
import { MESSAGE_MAX } from '@cloudhub/validation-limits';
import { ApiError } from '../../../lib/api/api-error';
import { formErrorsFrom } from '../../../lib/api/error-message';
import { useLanguage } from '../../../lib/language/use-language';
import { meQueryKey, type Membership } from '../../../lib/me/get-me';
import { useRequestAccess } from '../api/request-access';

const MESSAGE_FIELDS = ['message'] as const;

/**
 * Restricted mode: the member has no rights in this customer yet. Says what that means and lets them ask
 * the admins; it goes by itself (the live events re-read the rights) once an admin gives a role.
 */
export function RestrictedBanner({ membership }: { membership: Membership }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const queryClient = useQueryClient();
  const titleId = useId();
  const request = useRequestAccess();
  const [writing, setWriting] = useState(false);
  const statusRef = useRef<HTMLDivElement>(null);
  const requestButton = useRef<HTMLButtonElement>(null);

  /** Closes the form; focus goes where the result is, or back to the button that opened it. */
  const closeForm = (focus: 'status' | 'button') => {
    flushSync(() => setWriting(false));
    (focus === 'status' ? statusRef : requestButton).current?.focus();
  };
  const [message, setMessage] = useState('');
  const messageRef = useRef<HTMLTextAreaElement>(null);
  // The API's rule for text the admins see in their e-mail (400 `noLinksOrMarkup`), said before sending.
  const [messageProblem, setMessageProblem] = useState<string>();
  const code = request.error instanceof ApiError ? request.error.code : undefined;
  const serverErrors =
    request.isError && code !== 'access_request_throttled'
      ? formErrorsFrom(request.error, MESSAGE_FIELDS, t, language)
      : undefined;
  const messageError = messageProblem ?? serverErrors?.fields.message;

  const send = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const problem = plainTextProblem(message.trim(), 'message');
    flushSync(() => {
      setMessageProblem(problem && t(`validation.plainText.${problem}`));
      if (problem) request.reset();
    });
    if (problem) {
      messageRef.current?.focus();
      return;
    }
    request.mutate(
      { tenantId: membership.tenantId, message },
      {
        onSuccess: () => closeForm('status'),
        onError: (error) => {
          if (error instanceof ApiError && error.code === 'access_request_throttled') closeForm('status');
          // Rights arrived meanwhile: reading them again removes this banner.
          if (error instanceof ApiError && error.code === 'not_restricted') {
            void queryClient.invalidateQueries({ queryKey: meQueryKey });
          }
          if (formErrorsFrom(error, MESSAGE_FIELDS, t, language).fields.message) messageRef.current?.focus();
        },
      },
    );
  };

  // Inside the banner's live region, so announced with it (an Alert would nest a second one).
  let outcome;
  if (request.isSuccess) {
    outcome = (
      <p className="restricted-banner__outcome">
        <Icon name="check" />
        <span>
          <strong>{t('restricted.requestedTitle')}</strong>{' '}
          {t('restricted.requested', { count: request.data.adminsNotified })}
        </span>
      </p>
    );
  } else if (code === 'access_request_throttled') {
    outcome = (
      <p className="restricted-banner__outcome restricted-banner__outcome--info">
        <Icon name="info" />
        <span>{t('restricted.alreadyRequested')}</span>
      </p>
    );
  }

  return (
    <section className="restricted-banner" aria-labelledby={titleId}>
      <Icon name="lock" className="restricted-banner__icon" />
      <div className="restricted-banner__body">
        <div role="status" ref={statusRef} tabIndex={-1}>
          <h2 id={titleId} className="restricted-banner__title">
            {t('restricted.title')}
          </h2>
          <p>{t('restricted.text', { company: membership.companyName })}</p>
          {outcome}
        </div>
        {writing ? (
          <form className="form restricted-banner__form" noValidate onSubmit={send}>
            {serverErrors?.general && <Alert tone="error">{serverErrors.general}</Alert>}
            <FormField label={t('restricted.message')} hint={t('restricted.messageHint')} error={messageError}>
              {(control) => (
                <textarea
                  {...control}
                  ref={messageRef}
                  name="message"
                  rows={3}
                  maxLength={MESSAGE_MAX}
                  value={message}
                  onChange={(event) => setMessage(event.target.value)}
                  autoFocus
                />
              )}
            </FormField>
            <div className="form__actions">
              <Button type="submit" icon="mail" loading={request.isPending} loadingLabel={t('restricted.sending')}>
                {t('restricted.send')}
              </Button>
              <Button variant="secondary" onClick={() => closeForm('button')}>
                {t('dialog.cancel')}
              </Button>
            </div>
          </form>
        ) : (
          !outcome && (
            <div>
              <Button
                ref={requestButton}
                variant="secondary"
                icon="mail"
                onClick={() => {
                  request.reset();
                  setMessageProblem(undefined);
                  setWriting(true);
                }}
              >
                {t('restricted.request')}
              </Button>
            </div>
          )
        )}
      </div>
    </section>
  );
}
