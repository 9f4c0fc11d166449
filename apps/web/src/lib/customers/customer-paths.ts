import type { Membership } from '../me/get-me';

/** A customer's pages live under its customer number, which is what its people know it by. */
export function customerPath(customerNumber: string, section?: string): string {
  const base = `/c/${encodeURIComponent(customerNumber)}`;
  return section ? `${base}/${section}` : base;
}

/** After login: one customer opens its Home at once; none or several go to the chooser. */
export function landingPath(memberships: readonly Pick<Membership, 'customerNumber'>[]): string {
  const [only, ...others] = memberships;
  return only && others.length === 0 ? customerPath(only.customerNumber) : '/customers';
}
