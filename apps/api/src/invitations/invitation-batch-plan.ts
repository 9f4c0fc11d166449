import type { Language } from '@cloudhub/permissions';
import {
  duplicateRow,
  invalidEmailRow,
  unknownRoleRow,
  type BatchRowError,
  type InvalidEmailReason,
} from './invitations.errors';
import { isPlainEmail } from './plain-email';
import { REFUSAL_OUTCOMES } from './invitation-send-outcome';

export type { BatchRowError } from './invitations.errors';

/** What happens (dry run) or happened to one row of a batch invitation. */
export const BATCH_OUTCOMES = [
  'will_invite',
  'invited',
  ...REFUSAL_OUTCOMES,
  'duplicate',
  'invalid_email',
  'unknown_role',
] as const;
export type BatchOutcome = (typeof BATCH_OUTCOMES)[number];

export interface BatchRow {
  readonly email: string;
  readonly roleIds?: readonly string[];
  /** Roles by name, as a CSV names them; compared case-insensitively. */
  readonly roleNames?: readonly string[];
  readonly language?: Language;
}

/** A row that can be tried: a valid address, first in the list, with known roles. */
export interface Candidate {
  readonly index: number;
  readonly email: string;
  readonly roleIds: string[];
  readonly language: Language | undefined;
}

/** A row settled before anything is looked up: why it cannot be invited. */
export interface Settled {
  readonly index: number;
  readonly email: string;
  readonly outcome: Extract<BatchOutcome, 'duplicate' | 'invalid_email' | 'unknown_role'>;
  readonly duplicateOf?: number;
  readonly error: BatchRowError;
}

/**
 * The first pass over a pasted or uploaded list, which needs nothing but the list and the customer's
 * roles: addresses are trimmed and checked, an address that appears again is a duplicate of its first row
 * (case-insensitively), and role names resolve to this customer's roles.
 */
export function planBatch(
  rows: readonly BatchRow[],
  roles: readonly { id: string; name: string }[],
): { candidates: Candidate[]; settled: Settled[] } {
  const roleIdByName = new Map(roles.map((role) => [role.name.toLowerCase(), role.id]));
  const knownRoleIds = new Set(roles.map((role) => role.id));
  const firstRowOf = new Map<string, number>();
  const candidates: Candidate[] = [];
  const settled: Settled[] = [];
  rows.forEach((row, index) => {
    const email = row.email.trim();
    if (!isPlainEmail(email)) {
      settled.push({ index, email, outcome: 'invalid_email', error: invalidEmailRow(whyNotPlain(email)) });
      return;
    }
    const first = firstRowOf.get(email.toLowerCase());
    if (first !== undefined) {
      settled.push({
        index,
        email,
        outcome: 'duplicate',
        duplicateOf: first,
        error: duplicateRow(first),
      });
      return;
    }
    firstRowOf.set(email.toLowerCase(), index);
    const unknownNames = (row.roleNames ?? []).filter((name) => !roleIdByName.has(name.trim().toLowerCase()));
    const unknownIds = (row.roleIds ?? []).filter((id) => !knownRoleIds.has(id));
    if (unknownNames.length > 0 || unknownIds.length > 0) {
      settled.push({ index, email, outcome: 'unknown_role', error: unknownRoleRow(unknownNames) });
      return;
    }
    const roleIds = new Set([
      ...(row.roleIds ?? []),
      ...(row.roleNames ?? []).map((name) => roleIdByName.get(name.trim().toLowerCase())!),
    ]);
    candidates.push({ index, email, roleIds: [...roleIds], language: row.language });
  });
  return { candidates, settled };
}

/** Why an address is not one plain address, as the admin can fix it. */
function whyNotPlain(email: string): InvalidEmailReason {
  if (email === '') return 'empty';
  if (!email.includes('@')) return 'noAt';
  if (/\s/.test(email)) return 'space';
  if (email.length > 254) return 'tooLong';
  return 'notSingle';
}

/**
 * The dry run's verdict on the quota: rows are sent in list order, so the first ones fit the admin's
 * remaining daily e-mails; an address fits while it has e-mails left today from this customer.
 */
export function fitQuota<T extends { email: string }>(
  invitable: readonly T[],
  adminRemaining: number,
  recipientRemaining: (email: string) => number,
): { fits: T[]; overDaily: T[]; overRecipient: T[] } {
  const fits: T[] = [];
  const overDaily: T[] = [];
  const overRecipient: T[] = [];
  for (const row of invitable) {
    if (recipientRemaining(row.email) <= 0) overRecipient.push(row);
    else if (fits.length >= adminRemaining) overDaily.push(row);
    else fits.push(row);
  }
  return { fits, overDaily, overRecipient };
}
