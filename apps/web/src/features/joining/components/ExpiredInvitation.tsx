import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/Alert';
import { Button } from '../../../components/Button';
import { StatusPage } from '../../../components/StatusPage';
import { ApiError } from '../../../lib/api/api-error';
import { errorMessage } from '../../../lib/api/error-message';
import { formatDateTime } from '../../../lib/format';
import { useLanguage } from '../../../lib/language/use-language';
import type { InvitationPreview } from '../api/preview-invitation';
import { useRequestInvitationRenewal } from '../api/request-invitation-renewal';
import { InviterContact } from './InviterContact';

/** An expired link says so, names who invited, and asks them for a new link with one click. */
export function ExpiredInvitation({ token, preview }: { token: string; preview: InvitationPreview }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const renewal = useRequestInvitationRenewal();
  // The button goes once the admin is asked: focus moves to the answer, which is read out.
  const outcome = useRef<HTMLDivElement>(null);
  const ask = () => renewal.mutate(token, { onSettled: () => outcome.current?.focus() });
  const company = { company: preview.companyName, number: preview.customerNumber };
  const alreadyAsked = renewal.error instanceof ApiError && renewal.error.code === 'renewal_already_requested';
  const asked = renewal.data?.askedAdmin ?? preview.invitedBy;

  return (
    <StatusPage
      icon="mail"
      title={t('joining.expired.title')}
      text={
        <>
          {preview.expiresAt
            ? t('joining.expired.text', { ...company, date: formatDateTime(preview.expiresAt, language) })
            : t('joining.expired.textNoDate', company)}{' '}
          {preview.invitedBy ? (
            <>
              {t('joining.invitedByLabel')} <InviterContact inviter={preview.invitedBy} />.
            </>
          ) : (
            t('joining.expired.noInviter')
          )}
        </>
      }
      action={
        <div className="invitation__renewal" ref={outcome} tabIndex={-1}>
          {renewal.isSuccess ? (
            <Alert tone="success" title={t('joining.expired.askedTitle')}>
              {asked
                ? t('joining.expired.asked', { name: asked.name, email: preview.email })
                : t('joining.expired.askedAdmins', { company: preview.companyName, email: preview.email })}
            </Alert>
          ) : alreadyAsked ? (
            <Alert tone="info" title={t('joining.expired.alreadyAskedTitle')}>
              {t('joining.expired.alreadyAsked')}
            </Alert>
          ) : (
            <>
              <p>{t('joining.expired.askHint')}</p>
              {renewal.isError && <Alert tone="error">{errorMessage(renewal.error, t, language)}</Alert>}
              <Button icon="mail" loading={renewal.isPending} loadingLabel={t('joining.expired.asking')} onClick={ask}>
                {t('joining.expired.ask')}
              </Button>
            </>
          )}
        </div>
      }
    />
  );
}
