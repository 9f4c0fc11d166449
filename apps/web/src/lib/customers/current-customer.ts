import { createContext, useContext } from 'react';
import type { Membership } from '../me/get-me';

export const CurrentCustomerContext = createContext<Membership | undefined>(undefined);

/** The membership of the customer in the URL; pages under /c/:customerNumber always have one. */
export function useCurrentCustomer(): Membership {
  const membership = useContext(CurrentCustomerContext);
  if (!membership) throw new Error('useCurrentCustomer is used outside a customer route');
  return membership;
}
