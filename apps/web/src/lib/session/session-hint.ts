/**
 * Set by the API beside the httpOnly refresh cookie, with the same lifetime, and cleared with it (on
 * logout and on a refused refresh): it holds no secret, it only says that a session may be restored.
 * See `apps/api/src/auth/refresh-cookie.ts`.
 */
export const SESSION_HINT_COOKIE = 'cloudhub_session';

/** Whether a cookie header (`document.cookie`) holds the session hint. */
export function hasSessionHint(cookies: string): boolean {
  return cookies.split(';').some((cookie) => cookie.trim().startsWith(`${SESSION_HINT_COOKIE}=`));
}
