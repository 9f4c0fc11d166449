import type { JSX } from 'react';
import type { Invitation } from '../../../api/list-invitations';

interface InvitationBulkActionsProps {
  tenantId: string;
  selected: readonly Invitation[];
  onDone: () => void;
}

/** Toolbar for the selected invitations: Resend, Delete, Clear (placeholder until the bulk API lands). */
export function InvitationBulkActions(_props: InvitationBulkActionsProps): JSX.Element | null {
  return null;
}

/** "Resend all expired" with a quota preview (placeholder until the bulk API lands). */
export function ResendAllExpiredButton(_props: { tenantId: string }): JSX.Element | null {
  return null;
}
