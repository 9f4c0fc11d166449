import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ACCESS_POLICY, type AccessPolicy } from '../access/access-policy.decorator';
import type { AuthenticatedUser } from '../access/authenticated-user';
import type { RequestWithMember } from '../access/current-member';
import { MembershipsRepository } from './memberships.repository';
import { permissionRequired, tenantNotFound } from './tenants.errors';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Global guard after authentication: for member and permission routes it reads the caller's membership
 * of `:tenantId` from the database on every request, so rights granted or taken away count at once.
 */
@Injectable()
export class TenantAccessGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly memberships: MembershipsRepository,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const policy = this.reflector.getAllAndOverride<AccessPolicy | undefined>(ACCESS_POLICY, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (!policy) throw new Error(`${context.getClass().name}.${context.getHandler().name} declares no access policy`);
    if (policy.kind === 'public' || policy.kind === 'authenticated') return true;

    const request = context.switchToHttp().getRequest<RequestWithMember & { user: AuthenticatedUser }>();
    const tenantId = request.params.tenantId;
    if (typeof tenantId !== 'string' || !UUID.test(tenantId)) throw tenantNotFound();
    const permissions = await this.memberships.findPermissions(tenantId, request.user.userId);
    if (!permissions) throw tenantNotFound();
    if (policy.kind === 'permission' && !permissions.includes(policy.permission)) {
      throw permissionRequired(policy.permission);
    }
    request.member = { tenantId, userId: request.user.userId, permissions: new Set(permissions) };
    return true;
  }
}
