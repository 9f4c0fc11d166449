import { describe, expect, it } from 'vitest';
import { searchFrom, statusFrom, tabFrom, tabParams, withFilter } from './user-management-params';

const params = (query: string) => new URLSearchParams(query);

describe('the user management address', () => {
  it('opens the Users tab unless the URL names another known tab', () => {
    expect(tabFrom(params(''))).toBe('users');
    expect(tabFrom(params('tab=invitations'))).toBe('invitations');
    expect(tabFrom(params('tab=nonsense'))).toBe('users');
  });

  it('reads only known statuses and a trimmed search', () => {
    expect(statusFrom(params('status=expired'))).toBe('expired');
    expect(statusFrom(params('status=accepted'))).toBeUndefined();
    expect(searchFrom(params('q=%20anna%20'))).toBe('anna');
  });

  it('starts each tab without the other tab’s filters', () => {
    expect(tabParams('users').toString()).toBe('');
    expect(tabParams('invitations').toString()).toBe('tab=invitations');
  });

  it('sets and drops one filter, keeping the rest', () => {
    const current = params('tab=invitations&status=pending');
    expect(withFilter(current, 'q', 'anna').toString()).toBe('tab=invitations&status=pending&q=anna');
    expect(withFilter(current, 'status', undefined).toString()).toBe('tab=invitations');
  });
});
