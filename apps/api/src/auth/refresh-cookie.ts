import type { CookieOptions, Request, Response } from 'express';
import type { IssuedRefreshToken } from './refresh-token.service';
import { REFRESH_COOKIE, REFRESH_COOKIE_PATH } from './token.constants';

/**
 * Beside the refresh cookie, a cookie that scripts may read and that holds no secret, only "there is a
 * session" (Auth0's SPA SDK does the same): the SPA attempts its silent refresh on page load only when it
 * is there, so a logged-out visit sends no refresh that is sure to be refused. Its path is `/`, because a
 * page sees only the cookies of its own path; otherwise it lives and dies with the refresh cookie.
 */
export const SESSION_HINT_COOKIE = 'cloudhub_session';
const SESSION_HINT_PATH = '/';

/** The refresh token lives only in an httpOnly cookie scoped to the auth endpoints. */
export function setRefreshCookie(response: Response, token: IssuedRefreshToken, secure: boolean): void {
  const shared: CookieOptions = { secure, sameSite: 'strict', expires: token.expiresAt };
  response.cookie(REFRESH_COOKIE, token.value, { ...shared, httpOnly: true, path: REFRESH_COOKIE_PATH });
  response.cookie(SESSION_HINT_COOKIE, '1', { ...shared, httpOnly: false, path: SESSION_HINT_PATH });
}

export function clearRefreshCookie(response: Response, secure: boolean): void {
  response.clearCookie(REFRESH_COOKIE, { httpOnly: true, secure, sameSite: 'strict', path: REFRESH_COOKIE_PATH });
  response.clearCookie(SESSION_HINT_COOKIE, { httpOnly: false, secure, sameSite: 'strict', path: SESSION_HINT_PATH });
}

export function readRefreshCookie(request: Request): string | undefined {
  const value: unknown = (request.cookies as Record<string, unknown> | undefined)?.[REFRESH_COOKIE];
  return typeof value === 'string' ? value : undefined;
}
