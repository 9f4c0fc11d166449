import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../../../../components/Dialog';
import { Tabs } from '../../../../components/Tabs';
import type { Invitation } from '../../api/list-invitations';
import { BulkInvitationForm } from './BulkInvitationForm';
import { InvitationForm } from './InvitationForm';
import { InvitationSent } from './InvitationSent';

interface InviteUserDialogProps {
  tenantId: string;
  customerNumber: string;
  onClose: () => void;
  onGoToInvitations: () => void;
}

type Mode = 'one' | 'several';
type View = { kind: 'form'; round: number } | { kind: 'sent'; invitation: Invitation; resent: boolean; round: number };

/**
 * Invite user: the form, then in the same dialog the success with three ways on. "Several addresses" invites a
 * pasted list or a CSV after a dry run.
 */
export function InviteUserDialog({ tenantId, customerNumber, onClose, onGoToInvitations }: InviteUserDialogProps) {
  const { t } = useTranslation();
  const [view, setView] = useState<View>({ kind: 'form', round: 0 });
  const [mode, setMode] = useState<Mode>('one');
  // Once a tab has been chosen, the focus stays on it (until "Invite another user" starts afresh).
  const [tabChosen, setTabChosen] = useState(false);
  const single =
    view.kind === 'form' ? (
      <InvitationForm
        // Each round starts from a fresh form (and fresh mutation state).
        key={view.round}
        tenantId={tenantId}
        customerNumber={customerNumber}
        onCancel={onClose}
        onSent={(invitation, resent) => setView({ kind: 'sent', invitation, resent, round: view.round })}
        autoFocus={!tabChosen}
      />
    ) : (
      <InvitationSent
        invitation={view.invitation}
        resent={view.resent}
        onInviteAnother={() => {
          setTabChosen(false);
          setView({ kind: 'form', round: view.round + 1 });
        }}
        onGoToInvitations={onGoToInvitations}
        onClose={onClose}
      />
    );
  return (
    <Dialog title={t('invite.title')} onClose={onClose} size="wide">
      {view.kind === 'form' ? (
        <Tabs
          label={t('invite.modes')}
          tabs={[
            { key: 'one', label: t('invite.modeOne') },
            { key: 'several', label: t('invite.modeSeveral') },
          ]}
          selected={mode}
          onSelect={(chosen) => {
            setTabChosen(true);
            setMode(chosen);
          }}
        >
          {mode === 'one' ? (
            single
          ) : (
            <BulkInvitationForm
              tenantId={tenantId}
              customerNumber={customerNumber}
              onCancel={onClose}
              onGoToInvitations={onGoToInvitations}
            />
          )}
        </Tabs>
      ) : (
        single
      )}
    </Dialog>
  );
}
