import type { Schemas } from '@cloudhub/api-client';
import type { SortDirection } from '../../components/DataTable';
import { idFrom } from './user-management-params';

/**
 * The Users tab's own parameters (the text search is the page's `q`): which role, which order, and a link to
 * one member. The tab keeps them in the URL, so a reload, Back and a shared link show the same view.
 */
export const MEMBER_ROLE_PARAM = 'role';
export const MEMBER_SORT_PARAM = 'sort';
/** `user=<id>`: a link to one member (the e-mails' links); `edit=roles` opens that member's role editor. */
export const LINKED_MEMBER_PARAM = 'user';
export const LINK_INTENT_PARAM = 'edit';
export const EDIT_ROLES_INTENT = 'roles';

/** `role=none`: the members without any role, who are restricted. */
export const NO_ROLE = 'none';

export type MemberSort = Schemas['MemberSort'];
export const MEMBER_SORTS: readonly MemberSort[] = ['name', '-name', 'joined', '-joined'];
export const MEMBER_SORT_DEFAULT: MemberSort = '-joined';
export type MemberSortColumn = 'name' | 'joined';

export interface MemberView {
  /** A role's id, or NO_ROLE; none: every member. */
  role: string | undefined;
  sort: MemberSort;
}

export interface LinkedMember {
  userId: string;
  /** The link asks to open the member's role editor (the access-request e-mail's). */
  editRoles: boolean;
}

/** Only known orders and well-formed role ids: a mangled link shows every member rather than an error. */
export function memberViewFrom(params: URLSearchParams): MemberView {
  const role = params.get(MEMBER_ROLE_PARAM)?.trim().toLowerCase();
  const sort = params.get(MEMBER_SORT_PARAM);
  return {
    role: role === NO_ROLE ? NO_ROLE : idFrom(params, MEMBER_ROLE_PARAM),
    sort: MEMBER_SORTS.find((candidate) => candidate === sort) ?? MEMBER_SORT_DEFAULT,
  };
}

/** The Users tab showing the one member a link points at. */
export function linkedMemberParams(userId: string): URLSearchParams {
  return new URLSearchParams({ [LINKED_MEMBER_PARAM]: userId });
}

export function linkedMemberFrom(params: URLSearchParams): LinkedMember | undefined {
  const userId = idFrom(params, LINKED_MEMBER_PARAM);
  return userId ? { userId, editRoles: params.get(LINK_INTENT_PARAM) === EDIT_ROLES_INTENT } : undefined;
}

/** The same address with one of the tab's parameters changed (an empty value drops it), no longer a link. */
export function withMemberParam(params: URLSearchParams, name: string, value: string | undefined): URLSearchParams {
  const next = withoutLinkedMember(params);
  if (value) next.set(name, value);
  else next.delete(name);
  return next;
}

/** The whole table again: the link's member and intent dropped, the filters kept. */
export function withoutLinkedMember(params: URLSearchParams): URLSearchParams {
  const next = new URLSearchParams(params);
  next.delete(LINKED_MEMBER_PARAM);
  next.delete(LINK_INTENT_PARAM);
  return next;
}

/** The link's intent done (the role editor opened): a reload shows the member without opening it again. */
export function withoutLinkIntent(params: URLSearchParams): URLSearchParams {
  const next = new URLSearchParams(params);
  next.delete(LINK_INTENT_PARAM);
  return next;
}

/** The next order when a column's header is pressed: names A to Z first, newest members first. */
export function nextMemberSort(current: MemberSort, column: MemberSortColumn): MemberSort {
  if (current === column) return `-${column}`;
  if (current === `-${column}`) return column;
  return column === 'joined' ? '-joined' : 'name';
}

/** How a column is sorted now, for its header's `aria-sort`. */
export function memberSortOf(sort: MemberSort, column: MemberSortColumn): SortDirection | undefined {
  if (sort === column) return 'ascending';
  if (sort === `-${column}`) return 'descending';
  return undefined;
}
