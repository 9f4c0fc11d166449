import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../../components/Button';
import { Icon } from '../../../../components/Icon';
import { formatDateTime } from '../../../../lib/format';
import { useLanguage } from '../../../../lib/language/use-language';
import type { Invitation } from '../../api/list-invitations';

interface InvitationSentProps {
  invitation: Invitation;
  /** True when an open invitation was sent again rather than a new one created. */
  resent: boolean;
  onInviteAnother: () => void;
  onGoToInvitations: () => void;
  onClose: () => void;
}

/** Success, and three ways on. */
export function InvitationSent({
  invitation,
  resent,
  onInviteAnother,
  onGoToInvitations,
  onClose,
}: InvitationSentProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const message = useRef<HTMLDivElement>(null);
  // The form is gone: the message takes the focus, so that it is read out.
  useEffect(() => message.current?.focus(), []);
  const roles = invitation.roles.map((role) => role.name).join(', ');
  return (
    <div className="stack">
      <div ref={message} tabIndex={-1} className="success-panel">
        <Icon name="check" className="success-panel__icon" />
        <div className="stack stack--tight">
          <p className="success-panel__title">{resent ? t('invite.resentTitle') : t('invite.sentTitle')}</p>
          <p>{t('invite.sentText', { email: invitation.email })}</p>
          <p>
            {roles ? t('invite.sentRoles', { roles }) : t('invite.sentNoRoles')}{' '}
            {t('invite.sentExpires', { time: formatDateTime(invitation.expiresAt, language) })}
          </p>
        </div>
      </div>
      <div className="dialog__ways-on">
        <Button icon="userPlus" onClick={onInviteAnother}>
          {t('invite.inviteAnother')}
        </Button>
        <Button variant="secondary" icon="mail" onClick={onGoToInvitations}>
          {t('invite.goToInvitations')}
        </Button>
        <Button variant="quiet" onClick={onClose}>
          {t('dialog.close')}
        </Button>
      </div>
    </div>
  );
}
