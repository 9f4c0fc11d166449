import type { CookieOptions, Request, Response } from 'express';
import type { IssuedRefreshToken } from './refresh-token.service';
import { HOST_REFRESH_COOKIE, REFRESH_COOKIE, REFRESH_COOKIE_PATH } from './token.constants';

/**
 * Beside the refresh cookie, a cookie that scripts may read and that holds no secret, only "there is a
 * session" (Auth0's SPA SDK does the same): the SPA attempts its silent refresh on page load only when it
 * is there, so a logged-out visit sends no refresh that is sure to be refused. Its path is `/`, because a
 * page sees only the cookies of its own path; otherwise it lives and dies with the refresh cookie.
 */
export const SESSION_HINT_COOKIE = 'cloudhub_session';
const SESSION_HINT_PATH = '/';

/**
 * Where the refresh token lives: over HTTPS `__Host-cloudhub_refresh` (Secure, Path=/, no Domain: a
 * `__Host-` cookie must be, and nobody but this origin can set it); over HTTP (development) `cloudhub_refresh`
 * scoped to the auth endpoints. httpOnly and SameSite=Strict either way.
 */
export function refreshCookieOf(secure: boolean): { readonly name: string; readonly path: string } {
  return secure ? { name: HOST_REFRESH_COOKIE, path: '/' } : { name: REFRESH_COOKIE, path: REFRESH_COOKIE_PATH };
}

export function setRefreshCookie(response: Response, token: IssuedRefreshToken, secure: boolean): void {
  const shared: CookieOptions = { secure, sameSite: 'strict', expires: token.expiresAt };
  const { name, path } = refreshCookieOf(secure);
  response.cookie(name, token.value, { ...shared, httpOnly: true, path });
  response.cookie(SESSION_HINT_COOKIE, '1', { ...shared, httpOnly: false, path: SESSION_HINT_PATH });
}

export function clearRefreshCookie(response: Response, secure: boolean): void {
  const { name, path } = refreshCookieOf(secure);
  response.clearCookie(name, { httpOnly: true, secure, sameSite: 'strict', path });
  response.clearCookie(SESSION_HINT_COOKIE, { httpOnly: false, secure, sameSite: 'strict', path: SESSION_HINT_PATH });
}

/** Over HTTPS only the `__Host-` cookie counts: a plain-named one could have been planted by another host. */
export function readRefreshCookie(request: Request, secure: boolean): string | undefined {
  const value: unknown = (request.cookies as Record<string, unknown> | undefined)?.[refreshCookieOf(secure).name];
  return typeof value === 'string' ? value : undefined;
}
