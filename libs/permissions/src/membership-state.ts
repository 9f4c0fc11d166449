import type { Permission } from './permission-catalogue';

/**
 * Restricted mode (PRODUCT.md): a member without any permission in a customer sees only Home, FAQs,
 * Settings and Feedback, with a banner to ask the admins for access; asking is only for them.
 */
export function isRestricted(permissions: readonly Permission[] | ReadonlySet<Permission>): boolean {
  return ('size' in permissions ? permissions.size : permissions.length) === 0;
}

/** The welcome tour is offered once a member has rights, until they finish or skip it (replay starts it again). */
export function isTourPending(
  permissions: readonly Permission[] | ReadonlySet<Permission>,
  tourDoneAt: Date | string | null,
): boolean {
  return !isRestricted(permissions) && tourDoneAt === null;
}
