/** The channel that the triggers of migration LiveEvents1764403200000 notify on. */
export const MEMBERSHIP_EVENTS_CHANNEL = 'membership_events';

/** What the database announces: a membership began or ended, or the permissions it grants changed. */
export const MEMBERSHIP_CHANGE_KINDS = ['membership_added', 'membership_removed', 'permissions_changed'] as const;
export type MembershipChangeKind = (typeof MEMBERSHIP_CHANGE_KINDS)[number];

/**
 * What a stream receives: a change in one customer, or `resync` (no customer) when this instance may have
 * missed changes, e.g. while its LISTEN connection was down. Either way the client re-reads GET /api/me.
 */
export const MEMBERSHIP_EVENT_KINDS = [...MEMBERSHIP_CHANGE_KINDS, 'resync'] as const;
export type MembershipEventKind = (typeof MEMBERSHIP_EVENT_KINDS)[number];

export interface MembershipEvent {
  readonly tenantId: string | null;
  readonly kind: MembershipEventKind;
}

/** One notification from the database, addressed to one user. */
export interface MembershipChange {
  readonly userId: string;
  readonly tenantId: string;
  readonly kind: MembershipChangeKind;
}

export const RESYNC: MembershipEvent = { tenantId: null, kind: 'resync' };

/** Reads a notification payload; anything that is not exactly a change is undefined. */
export function parseMembershipChange(payload: string | undefined): MembershipChange | undefined {
  let value: unknown;
  try {
    value = JSON.parse(payload ?? '');
  } catch {
    return undefined;
  }
  if (typeof value !== 'object' || value === null) return undefined;
  const { userId, tenantId, kind } = value as Record<string, unknown>;
  if (typeof userId !== 'string' || typeof tenantId !== 'string' || !isChangeKind(kind)) return undefined;
  return { userId, tenantId, kind };
}

function isChangeKind(kind: unknown): kind is MembershipChangeKind {
  return (MEMBERSHIP_CHANGE_KINDS as readonly unknown[]).includes(kind);
}
