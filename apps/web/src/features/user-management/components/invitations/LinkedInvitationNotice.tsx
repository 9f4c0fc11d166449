import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Alert } from '../../../../components/Alert';
import type { InvitationLookup } from '../../api/get-invitation';
import { linkedMemberParams } from '../../members-params';
import { FOCUS_TAB_STATE, invitationParams } from '../../user-management-params';

/**
 * What became of an invitation a link points at when it is no longer open: accepted (by whom, with a link to
 * the member), revoked (with a link to the revoked view), or gone. "Show all" beside it leaves the link.
 */
export function LinkedInvitationNotice({
  lookup,
}: {
  lookup: Exclude<InvitationLookup, { standing: 'open' }> | 'gone';
}) {
  const { t } = useTranslation();
  if (lookup === 'gone') return <Alert tone="info">{t('invitationTable.linkGone')}</Alert>;
  if (lookup.standing === 'accepted') {
    return (
      <Alert tone="info">
        {lookup.acceptedBy ? (
          <>
            {t('invitationTable.linkAcceptedBy', { email: lookup.email, name: lookup.acceptedBy.name })}{' '}
            <Link to={{ search: linkedMemberParams(lookup.acceptedBy.id).toString() }} state={FOCUS_TAB_STATE}>
              {t('invitationTable.showMember', { name: lookup.acceptedBy.name })}
            </Link>
          </>
        ) : (
          t('invitationTable.linkAccepted', { email: lookup.email })
        )}
      </Alert>
    );
  }
  return (
    <Alert tone="info">
      {t('invitationTable.linkRevoked', { email: lookup.email })}{' '}
      <Link to={{ search: invitationParams(lookup.email, 'revoked').toString() }} state={FOCUS_TAB_STATE}>
        {t('invitationTable.showRevoked')}
      </Link>
    </Alert>
  );
}
