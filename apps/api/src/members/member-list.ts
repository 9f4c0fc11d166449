/** The orders of the members table: by name (A to Z) or by joining date; a leading `-` reverses. */
export const MEMBER_SORTS = ['name', '-name', 'joined', '-joined'] as const;
export type MemberSort = (typeof MEMBER_SORTS)[number];
export const DEFAULT_MEMBER_SORT: MemberSort = '-joined';

/** Which members a list, the counts or an export covers. */
export interface MemberFilter {
  /** Part of the name or e-mail address. */
  readonly q?: string;
  /** A role of the customer, or NO_ROLE. */
  readonly role?: string;
}

export type MemberSortField = 'name' | 'joined';
export const sortField = (sort: MemberSort): MemberSortField =>
  sort === 'name' || sort === '-name' ? 'name' : 'joined';
export const isDescending = (sort: MemberSort) => sort.startsWith('-');
