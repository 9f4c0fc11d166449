export const ACCESS_TOKEN_ALGORITHM = 'HS256';
export const ACCESS_TOKEN_ISSUER = 'cloudhub-access';
export const ACCESS_TOKEN_AUDIENCE = 'cloudhub-api';
/** The refresh cookie over HTTP (development): scoped to the auth endpoints. */
export const REFRESH_COOKIE = 'cloudhub_refresh';
export const REFRESH_COOKIE_PATH = '/api/auth';
/**
 * Over HTTPS: `__Host-` makes the browser refuse the cookie unless it is Secure, has Path=/ and no Domain,
 * so a sibling subdomain or a network attacker on plain HTTP cannot plant or overwrite it.
 */
export const HOST_REFRESH_COOKIE = '__Host-cloudhub_refresh';
/** Marks a browser where an account logged in before (OWASP "device cookie"); see device-cookie.ts. */
export const DEVICE_COOKIE = 'cloudhub_device';
export const HOST_DEVICE_COOKIE = '__Host-cloudhub_device';
