import { PERMISSIONS } from '@cloudhub/permissions';
import { describe, expect, it } from 'vitest';
import { navigationFor } from './nav-items';

const member = (permissions: readonly string[]) => ({ customerNumber: '100042', permissions });

describe('navigationFor', () => {
  it('lists only the areas the member may use, in catalogue order', () => {
    const navigation = navigationFor(member(['invoices.read', 'orders.read']), 1);
    expect(navigation.areas).toEqual([
      { key: 'orders', to: '/c/100042/orders' },
      { key: 'invoices', to: '/c/100042/invoices' },
    ]);
  });

  it('leaves a restricted member Home, FAQs, Feedback and Settings', () => {
    const navigation = navigationFor(member([]), 1);
    expect(navigation.areas).toEqual([]);
    expect([navigation.home, ...navigation.help].map((item) => item.to)).toEqual([
      '/c/100042',
      '/c/100042/faqs',
      '/c/100042/feedback',
      '/c/100042/settings',
    ]);
  });

  it('adds User Management for admins only', () => {
    expect(navigationFor(member(PERMISSIONS), 1).areas.map((item) => item.key)).toEqual([
      'orders',
      'invoices',
      'devices',
      'documents',
      'reports',
      'users',
    ]);
    expect(navigationFor(member(['users.manage']), 1).areas).toEqual([{ key: 'users', to: '/c/100042/users' }]);
    expect(navigationFor(member(['orders.read']), 1).areas.map((item) => item.key)).toEqual(['orders']);
  });

  it('offers Customer settings to admins only', () => {
    expect(navigationFor(member(['users.manage']), 1).customerSettings).toEqual({
      key: 'customer-settings',
      to: '/c/100042/customer-settings',
    });
    expect(navigationFor(member(['orders.read', 'invoices.read']), 1).customerSettings).toBeUndefined();
    expect(navigationFor(member([]), 1).customerSettings).toBeUndefined();
  });

  it('offers Change customer only to members of several customers', () => {
    expect(navigationFor(member([]), 1).changeCustomer).toBeUndefined();
    expect(navigationFor(member([]), 2).changeCustomer).toEqual({ key: 'customers', to: '/customers' });
  });
});
