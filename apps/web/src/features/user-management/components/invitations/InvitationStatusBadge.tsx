import { useTranslation } from 'react-i18next';
import type { DeliveryState, InvitationStatus } from '../../api/list-invitations';

const STATUS_TONES: Readonly<Record<InvitationStatus, string>> = {
  pending: 'badge--positive',
  expired: 'badge--attention',
  revoked: 'badge--neutral',
};

export const STATUS_LABELS = {
  pending: 'invitations.statuses.pending',
  expired: 'invitations.statuses.expired',
  revoked: 'revokedInvitations.status',
} as const satisfies Record<InvitationStatus, string>;

const DELIVERY_TONES: Readonly<Record<DeliveryState, string>> = {
  queued: 'badge--neutral',
  sent: 'badge--positive',
  failed: 'badge--attention',
};

export function InvitationStatusBadge({ status }: { status: InvitationStatus }) {
  const { t } = useTranslation();
  return <span className={`badge ${STATUS_TONES[status]}`}>{t(STATUS_LABELS[status])}</span>;
}

export function DeliveryBadge({ delivery }: { delivery: DeliveryState }) {
  const { t } = useTranslation();
  return <span className={`badge ${DELIVERY_TONES[delivery]}`}>{t(`invitations.deliveries.${delivery}`)}</span>;
}
