import type { Request, Response } from 'express';
import type { IssuedRefreshToken } from './refresh-token.service';
import { REFRESH_COOKIE, REFRESH_COOKIE_PATH } from './token.constants';

/** The refresh token lives only in an httpOnly cookie scoped to the auth endpoints. */
export function setRefreshCookie(response: Response, token: IssuedRefreshToken, secure: boolean): void {
  response.cookie(REFRESH_COOKIE, token.value, {
    httpOnly: true,
    secure,
    sameSite: 'strict',
    path: REFRESH_COOKIE_PATH,
    expires: token.expiresAt,
  });
}

export function clearRefreshCookie(response: Response, secure: boolean): void {
  response.clearCookie(REFRESH_COOKIE, { httpOnly: true, secure, sameSite: 'strict', path: REFRESH_COOKIE_PATH });
}

export function readRefreshCookie(request: Request): string | undefined {
  const value: unknown = (request.cookies as Record<string, unknown> | undefined)?.[REFRESH_COOKIE];
  return typeof value === 'string' ? value : undefined;
}
