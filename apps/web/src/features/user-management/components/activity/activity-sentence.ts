import type { Language } from '@cloudhub/permissions';
import type { TFunction } from 'i18next';
import type { AuditAction, AuditEvent } from '../../api/list-audit-events';
import { isLanguage } from '../../../../lib/language/language-preference';
import { areaLabels } from '../../permission-labels';

/**
 * One piece of an entry's sentence. A person who acted and the member, invitation or role it happened to
 * are parts of their own, so that the entry can offer them as filters.
 */
export type SentencePart =
  | { kind: 'text'; text: string }
  | { kind: 'actor'; text: string; userId: string }
  | { kind: 'target'; text: string; id: string }
  /** A name that is not a filter: CloudHub itself, a former inviter whose name is not known here. */
  | { kind: 'name'; text: string };

export interface ActivityDescription {
  parts: SentencePart[];
  /** Words of the person themselves, shown as a quote (the message of an access request). */
  quote?: string;
}

/** Names of people by user id, from the entries at hand (an entry names its actor, not its target). */
export type People = ReadonlyMap<string, string>;

export function peopleIn(events: readonly AuditEvent[]): People {
  const people = new Map<string, string>();
  for (const event of events) if (event.actor) people.set(event.actor.id, event.actor.name);
  return people;
}

/** Logins and refused sessions: their client address matters. */
export function isSecurityEvent(action: AuditAction): boolean {
  return action.startsWith('login.') || action.startsWith('session.');
}

interface Context {
  t: TFunction;
  language: Language;
  people: People;
}

/** An entry as one sentence in the UI language: who did what to whom, with the details that matter. */
export function describeActivity(event: AuditEvent, { t, language, people }: Context): ActivityDescription {
  const actor: SentencePart = event.actor
    ? { kind: 'actor', text: event.actor.name, userId: event.actor.id }
    : { kind: 'name', text: t('activity.system') };
  const target: SentencePart = { kind: 'target', id: event.target.id, text: targetName(event, t, people) };
  const after = record(event.after);
  const before = record(event.before);
  const list = (names: readonly string[], none: string) => (names.length > 0 ? names.join(', ') : none);
  const roles = (value: unknown) => list(roleNames(value), t('activity.noRoles'));
  const areas = (value: unknown) =>
    list(areaLabels(strings(record(value)['permissions']), language), t('activity.noAreas'));
  const compose = (text: string, slots: Record<string, SentencePart> = {}) =>
    splitSlots(text, { actor, target, ...slots });

  switch (event.action) {
    case 'invitation.created': {
      const named = roleNames(after['roles']);
      return {
        parts: compose(
          named.length > 0
            ? t('activity.sentences.invitationCreated', { ...SLOTS, roles: named.join(', ') })
            : t('activity.sentences.invitationCreatedNoRoles', SLOTS),
        ),
      };
    }
    case 'invitation.resent':
      return {
        parts: compose(
          after['reopened'] === true
            ? t('activity.sentences.invitationReopened', SLOTS)
            : t('activity.sentences.invitationResent', SLOTS),
        ),
      };
    case 'invitation.revoked':
      return { parts: revocation(event, after['reason'], { t, people, compose }) };
    case 'invitation.accepted':
      return { parts: compose(t('activity.sentences.invitationAccepted', SLOTS)) };
    case 'member.joined': {
      const named = roleNames(after['roles']);
      return {
        parts: compose(
          named.length > 0
            ? t('activity.sentences.memberJoined', { ...SLOTS, roles: named.join(', ') })
            : t('activity.sentences.memberJoinedNoRoles', SLOTS),
          // The member themselves: the entry is about them whoever is named.
          event.actor ? {} : { actor: target },
        ),
      };
    }
    case 'member.roles_changed':
      return {
        parts: compose(
          t('activity.sentences.memberRolesChanged', {
            ...SLOTS,
            before: roles(event.before),
            after: roles(event.after),
          }),
        ),
      };
    case 'member.removed':
      return { parts: compose(t('activity.sentences.memberRemoved', SLOTS)) };
    case 'member.left':
      return { parts: compose(t('activity.sentences.memberLeft', SLOTS), event.actor ? {} : { actor: target }) };
    case 'role.created':
      return { parts: compose(t('activity.sentences.roleCreated', { ...SLOTS, areas: areas(event.after) })) };
    case 'role.updated':
      return { parts: compose(roleUpdate(before, after, { t, areas })) };
    case 'role.deleted':
      return { parts: compose(t('activity.sentences.roleDeleted', SLOTS)) };
    case 'access.requested': {
      const message = after['message'];
      return {
        parts: compose(t('activity.sentences.accessRequested', SLOTS)),
        quote: typeof message === 'string' && message.trim() !== '' ? message : undefined,
      };
    }
    case 'customer.exported':
      return {
        parts: compose(
          after['table'] === 'invitations'
            ? t('activity.sentences.customerExportedInvitations', SLOTS)
            : t('activity.sentences.customerExportedMembers', SLOTS),
        ),
      };
    case 'customer.settings_changed':
      return {
        parts: compose(
          t('activity.sentences.customerLanguageChanged', {
            ...SLOTS,
            before: languageName(before['language'], t),
            after: languageName(after['language'], t),
          }),
        ),
      };
    case 'login.succeeded':
      return {
        parts: compose(
          after['knownDevice'] === false
            ? t('activity.sentences.loginSucceededNewDevice', SLOTS)
            : t('activity.sentences.loginSucceeded', SLOTS),
          event.actor ? {} : { actor: target },
        ),
      };
    case 'login.failed':
      return { parts: compose(t('activity.sentences.loginFailed', SLOTS)) };
    case 'session.reuse_revoked':
      return { parts: compose(t('activity.sentences.sessionReuseRevoked', SLOTS)) };
  }
}

/** The sentence as plain text, e.g. for a screen reader's description or a test. */
export function sentenceText(parts: readonly SentencePart[]): string {
  return parts.map((part) => part.text).join('');
}

// The translated sentence keeps these markers where a name goes; they are replaced by parts afterwards.
const MARK = '\u2063';
const slot = (name: string) => `${MARK}${name}${MARK}`;
const SLOTS = {
  actor: slot('actor'),
  target: slot('target'),
  inviter: slot('inviter'),
};

function splitSlots(text: string, slots: Record<string, SentencePart>): SentencePart[] {
  return text
    .split(new RegExp(`${MARK}(\\w+)${MARK}`))
    .map((piece, index): SentencePart | undefined => {
      if (index % 2 === 1) return slots[piece] ?? { kind: 'text', text: piece };
      return piece === '' ? undefined : { kind: 'text', text: piece };
    })
    .filter((part): part is SentencePart => part !== undefined);
}

function revocation(
  event: AuditEvent,
  reason: unknown,
  {
    t,
    people,
    compose,
  }: {
    t: TFunction;
    people: People;
    compose: (text: string, slots?: Record<string, SentencePart>) => SentencePart[];
  },
): SentencePart[] {
  if (reason === 'deleted') return compose(t('activity.sentences.invitationDeleted', SLOTS));
  const { inviterId, inviterName: recordedName } = record(event.after);
  // The name as recorded with the revocation; a name seen in the loaded entries is as good.
  const inviterName =
    (typeof inviterId === 'string' ? people.get(inviterId) : undefined) ??
    (typeof recordedName === 'string' ? recordedName : undefined);
  const inviter: SentencePart =
    typeof inviterId === 'string' && inviterName
      ? { kind: 'actor', text: inviterName, userId: inviterId }
      : { kind: 'name', text: t('activity.theInviter') };
  switch (reason) {
    case 'inviter_removed':
      return compose(t('activity.sentences.invitationRevokedRemoved', SLOTS), { inviter });
    case 'inviter_left':
      return compose(t('activity.sentences.invitationRevokedLeft', SLOTS), { inviter });
    case 'inviter_lost_rights':
      return compose(t('activity.sentences.invitationRevokedLostRights', SLOTS), { inviter });
    default:
      return compose(t('activity.sentences.invitationRevoked', SLOTS));
  }
}

function roleUpdate(
  before: Record<string, unknown>,
  after: Record<string, unknown>,
  { t, areas }: { t: TFunction; areas: (value: unknown) => string },
): string {
  const renamed = typeof before['name'] === 'string' && before['name'] !== after['name'];
  const beforeAreas = areas(before);
  const afterAreas = areas(after);
  const changed = beforeAreas !== afterAreas;
  if (renamed && changed) {
    return t('activity.sentences.roleRenamedAndChanged', {
      ...SLOTS,
      beforeName: String(before['name']),
      before: beforeAreas,
      after: afterAreas,
    });
  }
  if (renamed) return t('activity.sentences.roleRenamed', { ...SLOTS, before: String(before['name']) });
  if (changed) return t('activity.sentences.roleChanged', { ...SLOTS, before: beforeAreas, after: afterAreas });
  return t('activity.sentences.roleUpdated', SLOTS);
}

/** A member by name where the entries at hand know it, else by the address they had then. */
export function targetName(event: AuditEvent, t: TFunction, people: People): string {
  switch (event.target.type) {
    case 'member':
      return people.get(event.target.id) ?? event.target.label ?? t('activity.unknownMember');
    case 'invitation':
      return event.target.label ?? t('activity.unknownInvitation');
    case 'role':
      return event.target.label ?? t('activity.unknownRole');
    case 'customer':
      return event.target.label ?? t('activity.theCustomer');
  }
}

/** A language as the UI names it ("German", „Englisch“); a value the log does not know is shown as it is. */
function languageName(value: unknown, t: TFunction): string {
  return isLanguage(value) ? t(`language.names.${value}`) : String(value);
}

const record = (value: unknown): Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};

const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];

/** Roles as the log keeps them: names (an invitation) or `{id, name}` (a member's roles). */
function roleNames(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  return value
    .map((role: unknown) => (typeof role === 'string' ? role : record(role)['name']))
    .filter((name): name is string => typeof name === 'string');
}
