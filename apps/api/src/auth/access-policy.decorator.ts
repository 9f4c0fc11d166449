import { SetMetadata } from '@nestjs/common';
import type { Permission } from '@cloudhub/permissions';

/**
 * Every route declares who may call it; a route without a declaration is refused at start-up.
 * - public: anyone (login, refresh, the public invitation calls)
 * - authenticated: any logged-in user (their own profile, the catalogue, FAQs)
 * - member: any member of the route's `:tenantId`, restricted members included
 * - permission: a member of `:tenantId` whose roles grant the permission
 */
export type AccessPolicy =
  | { readonly kind: 'public' }
  | { readonly kind: 'authenticated' }
  | { readonly kind: 'member' }
  | { readonly kind: 'permission'; readonly permission: Permission };

export const ACCESS_POLICY = 'cloudhub:access-policy';

export const Public = () => SetMetadata(ACCESS_POLICY, { kind: 'public' } satisfies AccessPolicy);
export const Authenticated = () => SetMetadata(ACCESS_POLICY, { kind: 'authenticated' } satisfies AccessPolicy);
export const AnyMember = () => SetMetadata(ACCESS_POLICY, { kind: 'member' } satisfies AccessPolicy);
export const RequirePermission = (permission: Permission) =>
  SetMetadata(ACCESS_POLICY, { kind: 'permission', permission } satisfies AccessPolicy);
