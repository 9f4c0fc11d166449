import { describe, expect, it } from 'vitest';
import {
  linkedMemberFrom,
  memberSortOf,
  memberViewFrom,
  nextMemberSort,
  withMemberParam,
  withoutLinkedMember,
  withoutLinkIntent,
} from './members-params';

const params = (query: string) => new URLSearchParams(query);
const ID = '0b9c6a4e-5a0e-4c7e-9d1a-2f3b4c5d6e7f';

describe('the Users tab’s address', () => {
  it('reads a role id, `none`, or nothing; a mangled role shows every member', () => {
    expect(memberViewFrom(params(`role=${ID.toUpperCase()}`)).role).toBe(ID);
    expect(memberViewFrom(params('role=None')).role).toBe('none');
    expect(memberViewFrom(params('role=buyer')).role).toBeUndefined();
    expect(memberViewFrom(params(`role=${ID}x`)).role).toBeUndefined();
    expect(memberViewFrom(params('')).role).toBeUndefined();
  });

  it('reads only known orders, newest members first by default', () => {
    expect(memberViewFrom(params('sort=name')).sort).toBe('name');
    expect(memberViewFrom(params('sort=-joined')).sort).toBe('-joined');
    expect(memberViewFrom(params('sort=email')).sort).toBe('-joined');
    expect(memberViewFrom(params('')).sort).toBe('-joined');
  });

  it('reads a link to one member and whether it asks for the role editor', () => {
    expect(linkedMemberFrom(params(`user=${ID}`))).toEqual({ userId: ID, editRoles: false });
    expect(linkedMemberFrom(params(`user=${ID}&edit=roles`))).toEqual({ userId: ID, editRoles: true });
    expect(linkedMemberFrom(params(`user=${ID}&edit=everything`))).toEqual({ userId: ID, editRoles: false });
    expect(linkedMemberFrom(params('user=someone&edit=roles'))).toBeUndefined();
    expect(linkedMemberFrom(params(''))).toBeUndefined();
  });

  it('leaves a link when a filter changes, keeping the other filters', () => {
    const linked = params(`q=anna&sort=name&user=${ID}&edit=roles`);
    expect(withMemberParam(linked, 'role', 'none').toString()).toBe('q=anna&sort=name&role=none');
    expect(withMemberParam(params('role=none&sort=name'), 'role', undefined).toString()).toBe('sort=name');
    expect(withoutLinkedMember(linked).toString()).toBe('q=anna&sort=name');
    expect(withoutLinkIntent(linked).toString()).toBe(`q=anna&sort=name&user=${ID}`);
  });

  it('sorts a column its natural way first, then reverses it', () => {
    expect(nextMemberSort('-joined', 'name')).toBe('name');
    expect(nextMemberSort('name', 'name')).toBe('-name');
    expect(nextMemberSort('-name', 'name')).toBe('name');
    expect(nextMemberSort('name', 'joined')).toBe('-joined');
    expect(nextMemberSort('-joined', 'joined')).toBe('joined');
    expect(nextMemberSort('joined', 'joined')).toBe('-joined');
  });

  it('says how each column is sorted', () => {
    expect(memberSortOf('name', 'name')).toBe('ascending');
    expect(memberSortOf('-name', 'name')).toBe('descending');
    expect(memberSortOf('-name', 'joined')).toBeUndefined();
    expect(memberSortOf('-joined', 'joined')).toBe('descending');
  });
});
