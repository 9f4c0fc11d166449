import type { Schemas } from '@cloudhub/api-client';

/** The page keeps its tab and filters in the URL, so a reload, Back and a shared link show the same view. */
export const TAB_PARAM = 'tab';
export const SEARCH_PARAM = 'q';
export const STATUS_PARAM = 'status';

export const USER_MANAGEMENT_TABS = ['users', 'invitations'] as const;
export type UserManagementTab = (typeof USER_MANAGEMENT_TABS)[number];

type InvitationStatus = Schemas['InvitationStatus'];
const INVITATION_STATUSES: readonly InvitationStatus[] = ['pending', 'expired'];

export function tabFrom(params: URLSearchParams): UserManagementTab {
  const tab = params.get(TAB_PARAM);
  return USER_MANAGEMENT_TABS.find((candidate) => candidate === tab) ?? 'users';
}

export function statusFrom(params: URLSearchParams): InvitationStatus | undefined {
  const status = params.get(STATUS_PARAM);
  return INVITATION_STATUSES.find((candidate) => candidate === status);
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
