import { isRestricted, isTourPending } from './membership-state';

describe('restricted mode and the welcome tour', () => {
  it('restricts a member with no permission, as a list or a set', () => {
    expect(isRestricted([])).toBe(true);
    expect(isRestricted(new Set())).toBe(true);
    expect(isRestricted(['orders.read'])).toBe(false);
    expect(isRestricted(new Set(['users.manage'] as const))).toBe(false);
  });

  it('offers the tour once the member has rights, until it is done', () => {
    expect(isTourPending([], null)).toBe(false);
    expect(isTourPending(['invoices.read'], null)).toBe(true);
    expect(isTourPending(['invoices.read'], '2026-12-01T10:00:00.000Z')).toBe(false);
    expect(isTourPending(new Set(['invoices.read'] as const), new Date())).toBe(false);
  });
});
