import { useTranslation } from 'react-i18next';
import { formatTime } from '../../../../lib/format';
import { useLanguage } from '../../../../lib/language/use-language';
import { useInvitationQuota } from '../../api/get-invitation-quota';

/** "47 of 50 invitations left today; the next one frees up at 14:05", before the limit is hit. */
export function QuotaNote({ tenantId }: { tenantId: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const quota = useInvitationQuota(tenantId);
  // The quota is a help, not a condition: without it the dialog still works and the API still counts.
  if (!quota.isSuccess) return null;
  const { limit, remaining, resetsAt } = quota.data;
  const time = resetsAt ? formatTime(resetsAt, language) : undefined;
  const text =
    remaining === 0
      ? t('invite.quotaNone', { limit, time: time ?? '' })
      : time
        ? t('invite.quotaLeftUntil', { remaining, limit, time })
        : t('invite.quotaLeft', { remaining, limit });
  return (
    <p className={remaining === 0 ? 'quota quota--exhausted' : 'quota'} id="invite-quota">
      {text}
    </p>
  );
}
