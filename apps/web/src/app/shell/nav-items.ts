import { ADMIN_PERMISSION, type AreaKey } from '@cloudhub/permissions';
import { usableAreas } from '../../lib/area-pages';
import { customerPath } from '../../lib/customers/customer-paths';

export type PortalPage = 'home' | 'faqs' | 'feedback' | 'settings';

export interface NavItem<Key extends string> {
  key: Key;
  to: string;
}

export interface Navigation {
  home: NavItem<'home'>;
  areas: NavItem<AreaKey>[];
  /** Only for admins, listed after User Management: what applies to the whole customer. */
  customerSettings: NavItem<'customer-settings'> | undefined;
  help: NavItem<Exclude<PortalPage, 'home'>>[];
  /** Only for members of several customers. */
  changeCustomer: NavItem<'customers'> | undefined;
}

/** The sidebar of one customer: Home, the areas this member may use, help and account pages. */
export function navigationFor(
  membership: { customerNumber: string; permissions: readonly string[] },
  customerCount: number,
): Navigation {
  const { customerNumber } = membership;
  return {
    home: { key: 'home', to: customerPath(customerNumber) },
    areas: usableAreas(membership.permissions).map((area) => ({
      key: area.key,
      to: customerPath(customerNumber, area.path),
    })),
    customerSettings: membership.permissions.includes(ADMIN_PERMISSION)
      ? { key: 'customer-settings', to: customerPath(customerNumber, 'customer-settings') }
      : undefined,
    help: (['faqs', 'feedback', 'settings'] as const).map((key) => ({ key, to: customerPath(customerNumber, key) })),
    changeCustomer: customerCount > 1 ? { key: 'customers', to: '/customers' } : undefined,
  };
}
