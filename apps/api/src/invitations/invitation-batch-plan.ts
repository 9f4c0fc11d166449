import type { Language } from '@cloudhub/permissions';
import { isPlainEmail } from './plain-email';

/** What happens (dry run) or happened to one row of a batch invitation. */
export const BATCH_OUTCOMES = [
  'will_invite',
  'invited',
  'already_member',
  'already_invited',
  'duplicate',
  'invalid_email',
  'unknown_role',
  'over_daily_limit',
  'over_recipient_limit',
] as const;
export type BatchOutcome = (typeof BATCH_OUTCOMES)[number];

export interface BatchRow {
  readonly email: string;
  readonly roleIds?: readonly string[];
  /** Roles by name, as a CSV names them; compared case-insensitively. */
  readonly roleNames?: readonly string[];
  readonly language?: Language;
}

export interface BatchRowError {
  readonly field: 'email' | 'roleIds' | 'roleNames';
  readonly code: string;
  readonly message: string;
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
      settled.push({ index, email, outcome: 'invalid_email', error: invalidEmail(email) });
      return;
    }
    const first = firstRowOf.get(email.toLowerCase());
    if (first !== undefined) {
      settled.push({
        index,
        email,
        outcome: 'duplicate',
        duplicateOf: first,
        error: { field: 'email', code: 'duplicate', message: `is already in row ${first + 1} of this list` },
      });
      return;
    }
    firstRowOf.set(email.toLowerCase(), index);
    const unknownNames = (row.roleNames ?? []).filter((name) => !roleIdByName.has(name.trim().toLowerCase()));
    const unknownIds = (row.roleIds ?? []).filter((id) => !knownRoleIds.has(id));
    if (unknownNames.length > 0 || unknownIds.length > 0) {
      settled.push({ index, email, outcome: 'unknown_role', error: unknownRole(unknownNames) });
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

function invalidEmail(email: string): BatchRowError {
  const why =
    email === ''
      ? 'is empty'
      : !email.includes('@')
        ? 'has no @'
        : /\s/.test(email)
          ? 'contains a space'
          : email.length > 254
            ? 'is longer than 254 characters'
            : 'is not a single e-mail address such as name@example.com';
  return { field: 'email', code: 'invalidEmail', message: why };
}

function unknownRole(names: string[]): BatchRowError {
  return names.length > 0
    ? {
        field: 'roleNames',
        code: 'unknownRole',
        message: `names roles this customer does not have: ${names.join(', ')}`,
      }
    : { field: 'roleIds', code: 'unknownRole', message: 'contains a role this customer does not have' };
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
