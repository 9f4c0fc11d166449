import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../../../../components/Dialog';
import type { Invitation } from '../../api/list-invitations';
import { InvitationForm } from './InvitationForm';
import { InvitationSent } from './InvitationSent';

interface InviteUserDialogProps {
  tenantId: string;
  customerNumber: string;
  onClose: () => void;
  onGoToInvitations: () => void;
}

type View = { kind: 'form'; round: number } | { kind: 'sent'; invitation: Invitation; resent: boolean; round: number };

/** Invite user: the form, then in the same dialog the success with three ways on. */
export function InviteUserDialog({ tenantId, customerNumber, onClose, onGoToInvitations }: InviteUserDialogProps) {
  const { t } = useTranslation();
  const [view, setView] = useState<View>({ kind: 'form', round: 0 });
  return (
    <Dialog title={t('invite.title')} onClose={onClose} size="wide">
      {view.kind === 'form' ? (
        <InvitationForm
          // Each round starts from a fresh form (and fresh mutation state).
          key={view.round}
          tenantId={tenantId}
          customerNumber={customerNumber}
          onCancel={onClose}
          onSent={(invitation, resent) => setView({ kind: 'sent', invitation, resent, round: view.round })}
        />
      ) : (
        <InvitationSent
          invitation={view.invitation}
          resent={view.resent}
          onInviteAnother={() => setView({ kind: 'form', round: view.round + 1 })}
          onGoToInvitations={onGoToInvitations}
          onClose={onClose}
        />
      )}
    </Dialog>
  );
}
