import { useState } from 'react';
import type { Membership } from '../../lib/me/get-me';

/** Why the user was taken away from a customer: they left it here, or their access ended elsewhere. */
export interface AccessEnded {
  kind: 'left' | 'removed';
  companyName: string;
  customerNumber: string;
}

/** Navigation state that carries the notice to the page the user lands on. */
export function accessEndedState(ended: AccessEnded): { accessEnded: AccessEnded } {
  return { accessEnded: ended };
}

export function accessEndedFrom(state: unknown): AccessEnded | undefined {
  if (typeof state !== 'object' || state === null || !('accessEnded' in state)) return undefined;
  const ended = state.accessEnded;
  if (typeof ended !== 'object' || ended === null) return undefined;
  const { kind, companyName, customerNumber } = ended as Record<string, unknown>;
  if ((kind !== 'left' && kind !== 'removed') || typeof companyName !== 'string' || typeof customerNumber !== 'string')
    return undefined;
  return { kind, companyName, customerNumber };
}

// Customers this tab is leaving right now: their page goes on by the leaving flow, not as a removal.
const leavingHere = new Set<string>();

export function markLeaving(tenantId: string): void {
  leavingHere.add(tenantId);
}

export function unmarkLeaving(tenantId: string): void {
  leavingHere.delete(tenantId);
}

/**
 * The customer in the URL whose membership has just gone: known while the page is open, so it can be told
 * apart from a customer the user never belonged to. `left` when this tab is leaving it (its own flow goes
 * on), `removed` when an admin removed it or another tab left it.
 */
export function useEndedMembership(
  customerNumber: string,
  membership: Pick<Membership, 'tenantId' | 'companyName'> | undefined,
): AccessEnded | undefined {
  const [seen, setSeen] = useState<{ tenantId: string; customerNumber: string; companyName: string }>();
  if (membership && (seen?.customerNumber !== customerNumber || seen.tenantId !== membership.tenantId)) {
    setSeen({ tenantId: membership.tenantId, customerNumber, companyName: membership.companyName });
  }
  if (membership || seen?.customerNumber !== customerNumber) return undefined;
  const { tenantId, ...customer } = seen;
  return { kind: leavingHere.has(tenantId) ? 'left' : 'removed', ...customer };
}
