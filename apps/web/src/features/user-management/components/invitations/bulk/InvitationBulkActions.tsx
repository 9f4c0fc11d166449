import { BATCH_ROWS_MAX } from '@cloudhub/validation-limits';
import { useState, type JSX } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../../../components/Button';
import {
  useDeleteInvitations,
  useResendExpiredInvitations,
  useResendInvitations,
} from '../../../api/bulk-invitation-actions';
import type { Invitation } from '../../../api/list-invitations';
import { BulkActionDialog } from './BulkActionDialog';
import './bulk-actions.css';

interface InvitationBulkActionsProps {
  tenantId: string;
  /** In the order the table shows them: the daily limit takes the first ones. */
  selected: readonly Invitation[];
  /** The selection is done with: called when the dialog closes after the action ran. */
  onDone: () => void;
}

/** Resend, Delete and Clear for the selected invitations; each action first shows what it would do. */
export function InvitationBulkActions({ tenantId, selected, onDone }: InvitationBulkActionsProps): JSX.Element | null {
  const { t } = useTranslation();
  // The ids as they were when the dialog opened: the preview and the go are about the same invitations.
  const [open, setOpen] = useState<{ kind: 'resend' | 'delete'; ids: string[] }>();
  const resend = useResendInvitations();
  const remove = useDeleteInvitations();
  const openDialog = (kind: 'resend' | 'delete') => setOpen({ kind, ids: selected.map((invitation) => invitation.id) });
  // One request takes at most this many; the API would refuse more.
  const tooMany = selected.length > BATCH_ROWS_MAX;
  const close = (changed: boolean) => {
    setOpen(undefined);
    if (changed) onDone();
  };
  return (
    <div className="bulk-actions" role="group" aria-label={t('invitationBulk.actionsLabel')}>
      {/* The count beside the buttons is visible; this says it when the selection changes. */}
      <p role="status" className="visually-hidden">
        {t('invitationBulk.selectedStatus', { count: selected.length })}
      </p>
      {tooMany ? (
        <p className="quota quota--exhausted">{t('invitationBulk.tooMany', { max: BATCH_ROWS_MAX })}</p>
      ) : (
        <>
          <Button variant="secondary" icon="resend" onClick={() => openDialog('resend')}>
            {t('invitationBulk.resendSelected')}
          </Button>
          <Button variant="secondary" icon="trash" onClick={() => openDialog('delete')}>
            {t('invitationBulk.deleteSelected')}
          </Button>
        </>
      )}
      <Button variant="quiet" icon="close" onClick={onDone}>
        {t('invitationBulk.clear')}
      </Button>
      {open && (
        <BulkActionDialog
          tenantId={tenantId}
          kind={open.kind}
          run={(dryRun) => (open.kind === 'resend' ? resend : remove).mutateAsync({ tenantId, ids: open.ids, dryRun })}
          onClose={close}
        />
      )}
    </div>
  );
}

/**
 * "Resend all expired": the dialog says how many expired, how many the daily limit allows today (in which
 * order) and when the next e-mail frees up, before anything is sent.
 */
export function ResendAllExpiredButton({ tenantId }: { tenantId: string }): JSX.Element | null {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const resendExpired = useResendExpiredInvitations();
  return (
    <>
      <Button variant="secondary" icon="resend" onClick={() => setOpen(true)}>
        {t('invitationBulk.resendAllExpired')}
      </Button>
      {open && (
        <BulkActionDialog
          tenantId={tenantId}
          kind="resendExpired"
          run={(dryRun) => resendExpired.mutateAsync({ tenantId, dryRun })}
          onClose={() => setOpen(false)}
        />
      )}
    </>
  );
}
