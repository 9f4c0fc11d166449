import { ADMIN_PERMISSION, AREAS } from '@cloudhub/permissions';
import type { ReactNode } from 'react';
import { NoAccess } from '../../features/areas/components/NoAccess';
import { useCurrentCustomer } from '../../lib/customers/current-customer';
import { useLanguage } from '../../lib/language/use-language';

/**
 * User Management and its roles page are for the customer's admins. Everyone else gets the no-access
 * page (the API answers 403 too). Rights are read from `/api/me`, so losing them shows here at once.
 */
export function AdminOnly({ children }: { children: ReactNode }) {
  const language = useLanguage();
  const customer = useCurrentCustomer();
  if (customer.permissions.includes(ADMIN_PERMISSION)) return children;
  const area = AREAS.find((candidate) => candidate.permission === ADMIN_PERMISSION);
  return <NoAccess areaLabel={area?.label[language] ?? ADMIN_PERMISSION} />;
}
