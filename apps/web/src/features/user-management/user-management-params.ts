import type { Schemas } from '@cloudhub/api-client';

/** The page keeps its tab and filters in the URL, so a reload, Back and a shared link show the same view. */
export const TAB_PARAM = 'tab';
export const SEARCH_PARAM = 'q';
export const STATUS_PARAM = 'status';
/** The Activity tab's filters: a kind of event, and the ids of who acted and of what it happened to. */
export const KIND_PARAM = 'kind';
export const ACTOR_PARAM = 'actor';
export const TARGET_PARAM = 'target';

export const USER_MANAGEMENT_TABS = ['users', 'invitations', 'activity'] as const;
export type UserManagementTab = (typeof USER_MANAGEMENT_TABS)[number];

type InvitationStatus = Schemas['InvitationStatus'];
export const INVITATION_STATUSES: readonly InvitationStatus[] = ['pending', 'expired', 'revoked'];

type AuditKind = Schemas['AuditKind'];
export const AUDIT_KINDS: readonly AuditKind[] = [
  'invitation',
  'member',
  'role',
  'access',
  'customer',
  'login',
  'session',
];

export interface ActivityFilter {
  kind: AuditKind | undefined;
  actor: string | undefined;
  target: string | undefined;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function tabFrom(params: URLSearchParams): UserManagementTab {
  const tab = params.get(TAB_PARAM);
  return USER_MANAGEMENT_TABS.find((candidate) => candidate === tab) ?? 'users';
}

export function statusFrom(params: URLSearchParams): InvitationStatus | undefined {
  const status = params.get(STATUS_PARAM);
  return INVITATION_STATUSES.find((candidate) => candidate === status);
}

/** Only known kinds and well-formed ids: a mangled link shows the whole log rather than an error. */
export function activityFilterFrom(params: URLSearchParams): ActivityFilter {
  const id = (name: string) => {
    const value = params.get(name)?.trim();
    return value && UUID.test(value) ? value.toLowerCase() : undefined;
  };
  const kind = params.get(KIND_PARAM);
  return {
    kind: AUDIT_KINDS.find((candidate) => candidate === kind),
    actor: id(ACTOR_PARAM),
    target: id(TARGET_PARAM),
  };
}

export function searchFrom(params: URLSearchParams): string {
  return (params.get(SEARCH_PARAM) ?? '').trim();
}

/** A tab's own address: the Users tab is the page's default and needs no parameter. Filters belong to one tab. */
export function tabParams(tab: UserManagementTab): URLSearchParams {
  return new URLSearchParams(tab === 'users' ? {} : { [TAB_PARAM]: tab });
}

/** The same tab with one filter changed; an empty value drops the parameter. */
export function withFilter(params: URLSearchParams, name: string, value: string | undefined): URLSearchParams {
  const next = new URLSearchParams(params);
  if (value) next.set(name, value);
  else next.delete(name);
  return next;
}

/** The Users tab searching for one member (by e-mail address, which is unique). */
export function memberParams(email: string): URLSearchParams {
  return withFilter(tabParams('users'), SEARCH_PARAM, email);
}

/** The Invitations tab searching for one address: among the open invitations, or the revoked ones. */
export function invitationParams(email: string, status?: InvitationStatus): URLSearchParams {
  return withFilter(withFilter(tabParams('invitations'), STATUS_PARAM, status), SEARCH_PARAM, email);
}

/** The navigation state of a link to another tab of the page (or the same tab, filtered): focus goes to the tab. */
export const FOCUS_TAB_STATE = { focusTab: true } as const;

export function isFocusTabState(state: unknown): boolean {
  return typeof state === 'object' && state !== null && (state as { focusTab?: unknown }).focusTab === true;
}
