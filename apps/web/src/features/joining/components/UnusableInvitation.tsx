import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { buttonClass } from '../../../components/Button';
import type { IconName } from '../../../components/Icon';
import { StatusPage } from '../../../components/StatusPage';
import type { InvitationPreview } from '../api/preview-invitation';
import { InviterContact } from './InviterContact';

export type UnusableKind = 'revoked' | 'accepted' | 'replaced' | 'unknown';

const ICONS: Record<UnusableKind, IconName> = {
  revoked: 'close',
  accepted: 'check',
  replaced: 'mail',
  unknown: 'alert',
};

/** Which of withdrawn, already used, replaced or unknown the link is, and whom to ask. */
export function UnusableInvitation({
  kind,
  preview,
  loggedIn,
}: {
  kind: UnusableKind;
  preview: InvitationPreview | undefined;
  loggedIn: boolean;
}) {
  const { t } = useTranslation();
  const company = preview?.companyName;
  const inviter = preview?.invitedBy;
  const whomToAsk = inviter ? (
    <>
      {t('joining.unusable.askInviter')} <InviterContact inviter={inviter} />.
    </>
  ) : company ? (
    t('joining.unusable.askAdmins', { company })
  ) : (
    t('joining.unusable.askSender')
  );

  const text = {
    revoked: company ? t('joining.unusable.revokedText', { company }) : t('joining.unusable.revokedTextNoCompany'),
    accepted: t('joining.unusable.acceptedText', { email: preview?.email ?? '' }),
    replaced: t('joining.unusable.replacedText'),
    unknown: t('joining.unusable.unknownText'),
  }[kind];

  return (
    <StatusPage
      icon={ICONS[kind]}
      title={t(`joining.unusable.${kind}Title`)}
      text={
        <>
          {text} {kind !== 'accepted' && whomToAsk}
        </>
      }
      action={
        kind === 'accepted' ? (
          <Link className={buttonClass('primary')} to={loggedIn ? '/' : '/login'}>
            {loggedIn ? t('joining.unusable.openPortal') : t('joining.unusable.logIn')}
          </Link>
        ) : undefined
      }
    />
  );
}
