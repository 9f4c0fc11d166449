import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { Request } from 'express';

/** Who the access token says the caller is. Never what they may do: that is read from the database. */
export interface AuthenticatedUser {
  readonly userId: string;
  /** When the access token of this request expires; long-lived responses (event streams) end then. */
  readonly tokenExpiresAt: Date;
}

export const CurrentUser = createParamDecorator((_data: unknown, context: ExecutionContext): AuthenticatedUser => {
  const request = context.switchToHttp().getRequest<Request & { user?: AuthenticatedUser }>();
  if (!request.user) throw new Error('CurrentUser used on a route without authentication');
  return request.user;
});
