import { useTranslation } from 'react-i18next';
import { formatMomentFromNow } from '../../../../lib/relative-moment';
import { useLanguage } from '../../../../lib/language/use-language';
import { useInvitationQuota } from '../../api/get-invitation-quota';

/** "47 of 50 invitations left today; the next one frees up tomorrow at 2:05 PM", before the limit is hit. */
export function QuotaNote({ tenantId }: { tenantId: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const quota = useInvitationQuota(tenantId);
  // The quota is a help, not a condition: without it the dialog still works and the API still counts.
  if (!quota.isSuccess) return null;
  const { limit, remaining, resetsAt } = quota.data;
  const when = resetsAt ? formatMomentFromNow(resetsAt, language, t) : undefined;
  const text =
    remaining === 0
      ? t('invite.quotaNone', { limit, when: when ?? '' })
      : when
        ? t('invite.quotaLeftUntil', { remaining, limit, when })
        : t('invite.quotaLeft', { remaining, limit });
  return (
    <p className={remaining === 0 ? 'quota quota--exhausted' : 'quota'} id="invite-quota">
      {text}
    </p>
  );
}
