import type { Schemas } from '@cloudhub/api-client';
import type { InvitationFilter } from './api/query-keys';

/** The page keeps its tab and filters in the URL, so a reload, Back and a shared link show the same view. */
export const TAB_PARAM = 'tab';
export const SEARCH_PARAM = 'q';
export const STATUS_PARAM = 'status';
/** The Activity tab's filters: a kind of event, and the ids of who acted and of what it happened to. */
export const KIND_PARAM = 'kind';
export const ACTOR_PARAM = 'actor';
export const TARGET_PARAM = 'target';
/** The Invitations tab's filters and order besides status and text; `invitation` is a link to one row. */
export const DELIVERY_PARAM = 'delivery';
export const ROLE_PARAM = 'role';
export const INVITER_PARAM = 'inviter';
export const SORT_PARAM = 'sort';
export const INVITATION_PARAM = 'invitation';

export const USER_MANAGEMENT_TABS = ['users', 'invitations', 'activity'] as const;
export type UserManagementTab = (typeof USER_MANAGEMENT_TABS)[number];

type InvitationStatus = Schemas['InvitationStatus'];
export const INVITATION_STATUSES: readonly InvitationStatus[] = ['pending', 'expired', 'revoked'];

type DeliveryState = Schemas['DeliveryState'];
export const DELIVERY_STATES: readonly DeliveryState[] = ['queued', 'sent', 'failed'];

type InvitationSort = Schemas['InvitationSort'];
export const INVITATION_SORTS: readonly InvitationSort[] = ['sent', '-sent', 'email', '-email', 'expires', '-expires'];
export const INVITATION_SORT_DEFAULT: InvitationSort = '-sent';
/** `role=none`: the invitations that grant no role. */
export const NO_ROLE = 'none';

/** What the Invitations tab shows: the API's filters and order, as the URL holds them. */
export type InvitationView = InvitationFilter;

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
  const kind = params.get(KIND_PARAM);
  return {
    kind: AUDIT_KINDS.find((candidate) => candidate === kind),
    actor: idFrom(params, ACTOR_PARAM),
    target: idFrom(params, TARGET_PARAM),
  };
}

/** Only known values and well-formed ids: a mangled link shows all open invitations rather than an error. */
export function invitationViewFrom(params: URLSearchParams): InvitationView {
  const delivery = params.get(DELIVERY_PARAM);
  const sort = params.get(SORT_PARAM);
  const role = params.get(ROLE_PARAM)?.trim().toLowerCase();
  return {
    status: statusFrom(params),
    delivery: DELIVERY_STATES.find((candidate) => candidate === delivery),
    roleId: role === NO_ROLE ? NO_ROLE : idFrom(params, ROLE_PARAM),
    inviterId: idFrom(params, INVITER_PARAM),
    q: searchFrom(params),
    sort: INVITATION_SORTS.find((candidate) => candidate === sort) ?? INVITATION_SORT_DEFAULT,
  };
}

/** The invitation a link points at (`invitation=<id>`), if the id is well-formed. */
export function linkedInvitationFrom(params: URLSearchParams): string | undefined {
  return idFrom(params, INVITATION_PARAM);
}

/** A well-formed id, lower-cased: a mangled link shows the whole list rather than an error. */
export function idFrom(params: URLSearchParams, name: string): string | undefined {
  const value = params.get(name)?.trim();
  return value && UUID.test(value) ? value.toLowerCase() : undefined;
}

/** The Invitations tab's filters that narrow the list (not the order): what "Reset filters" drops. */
export const INVITATION_FILTER_PARAMS = [
  STATUS_PARAM,
  DELIVERY_PARAM,
  ROLE_PARAM,
  INVITER_PARAM,
  SEARCH_PARAM,
] as const;

/** The same address without the Invitations tab's filters (the order and the tab stay). */
export function withoutInvitationFilters(params: URLSearchParams): URLSearchParams {
  const next = new URLSearchParams(params);
  for (const name of [...INVITATION_FILTER_PARAMS, INVITATION_PARAM]) next.delete(name);
  return next;
}

/** The next order when a column's header is pressed: ascending first, then descending, and so on. */
export type InvitationSortColumn = 'sent' | 'email' | 'expires';

export function nextSort(current: InvitationSort, column: InvitationSortColumn): InvitationSort {
  return current === column ? `-${column}` : column;
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

/** The Invitations tab showing the one invitation a link points at. */
export function linkedInvitationParams(invitationId: string): URLSearchParams {
  return withFilter(tabParams('invitations'), INVITATION_PARAM, invitationId);
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
