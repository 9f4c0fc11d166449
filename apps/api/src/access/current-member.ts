import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { Request } from 'express';
import type { Permission } from '@cloudhub/permissions';

/** The caller's membership in the route's customer, as the tenant guard read it for this request. */
export interface TenantMember {
  readonly tenantId: string;
  readonly userId: string;
  readonly permissions: ReadonlySet<Permission>;
}

export type RequestWithMember = Request & { member?: TenantMember };

export const CurrentMember = createParamDecorator((_data: unknown, context: ExecutionContext): TenantMember => {
  const member = context.switchToHttp().getRequest<RequestWithMember>().member;
  if (!member) throw new Error('CurrentMember used on a route without a member policy');
  return member;
});
