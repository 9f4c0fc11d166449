import { applyDecorators, SetMetadata } from '@nestjs/common';
import { ApiExtension, ApiSecurity } from '@nestjs/swagger';
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

/** The OpenAPI extension that shows integrators (and the route test) each operation's policy. */
export const ACCESS_EXTENSION = 'x-access';

const declare = (policy: AccessPolicy) =>
  applyDecorators(SetMetadata(ACCESS_POLICY, policy), ApiExtension(ACCESS_EXTENSION, policy));

/**
 * Anyone may call it, without a bearer token. OpenAPI says so with `security: [{}]` (the empty requirement:
 * no credential needed), unless `anonymous: false`: the route then authenticates by another credential that
 * its own decorators document (the refresh cookie).
 */
export const Public = ({ anonymous = true }: { readonly anonymous?: boolean } = {}) =>
  anonymous ? applyDecorators(declare({ kind: 'public' }), ApiSecurity({})) : declare({ kind: 'public' });
export const Authenticated = () => declare({ kind: 'authenticated' });
export const AnyMember = () => declare({ kind: 'member' });
export const RequirePermission = (permission: Permission) => declare({ kind: 'permission', permission });
