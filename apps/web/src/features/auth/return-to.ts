export const RETURN_TO_PARAM = 'returnTo';

interface LocationLike {
  pathname: string;
  search: string;
  hash: string;
}

/** The login page, remembering where the user was going unless that is the start or login page itself. */
export function loginPathFor({ pathname, search, hash }: LocationLike): string {
  if (pathname === '/' || pathname === '/login') return '/login';
  return `/login?${new URLSearchParams({ [RETURN_TO_PARAM]: `${pathname}${search}${hash}` }).toString()}`;
}

/** Only paths inside this app: `//evil.example` or `https://...` would send the user elsewhere after login. */
export function safeReturnTo(value: string | null): string | undefined {
  if (!value?.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return undefined;
  if (value === '/login' || value.startsWith('/login?') || value.startsWith('/login#')) return undefined;
  return value;
}
