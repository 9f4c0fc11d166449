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

const APP_ORIGIN = 'https://app.invalid';
// Controls (browsers drop tab, CR and LF inside URLs, so `/\t/evil.example` becomes `//evil.example`),
// whitespace, and backslashes (browsers read `/\evil.example` as `//evil.example`).
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const UNSAFE_CHARACTER = /[\u0000-\u001F\u007F-\u009F\s\\]/;
// What percent-encoding must not hide: the ASCII controls browsers strip and the backslash. Encoded
// spaces and letters (`?q=J%C3%BCrgen%20M`) are fine.
// eslint-disable-next-line no-control-regex -- as above
const UNSAFE_WHEN_DECODED = /[\u0000-\u001F\u007F\\]/;
// Percent-encoding is undone this many times at most; a value still changing after that is refused.
const MAX_DECODINGS = 5;

/**
 * Only a path of this app, so the page after login cannot be elsewhere: it starts with one `/`, holds no
 * backslash, control character or whitespace, none of them nor a leading `//` percent-encoded either
 * (`/%2F%2Fevil.example`, `/%5C`, `%09`, also double-encoded), and it resolves to this app's origin. The
 * path returned is the resolved one (`/a/../b` is `/b`) and is checked again, so the router is given
 * exactly what was checked (`/..//evil.example` resolves to `//evil.example`). The login page itself is
 * not remembered: it would loop.
 */
export function safeReturnTo(value: string | null): string | undefined {
  if (!value || !isPlainAppPath(value) || !decodesSafely(value)) return undefined;
  let url: URL;
  try {
    url = new URL(value, APP_ORIGIN);
  } catch {
    return undefined;
  }
  if (url.origin !== APP_ORIGIN) return undefined;
  const path = `${url.pathname}${url.search}${url.hash}`;
  if (!isPlainAppPath(path) || !decodesSafely(path) || url.pathname === '/login') return undefined;
  return path;
}

function isPlainAppPath(value: string): boolean {
  return value.startsWith('/') && !value.startsWith('//') && !UNSAFE_CHARACTER.test(value);
}

/**
 * Undoes percent-encoding byte by byte (never throws on a malformed escape; a multi-byte character never
 * decodes to an ASCII byte), round after round, and checks each round.
 */
function decodesSafely(value: string): boolean {
  let current = value;
  for (let round = 0; round < MAX_DECODINGS; round += 1) {
    const decoded = current.replace(/%([0-9A-Fa-f]{2})/g, (_escape, hex: string) =>
      String.fromCharCode(parseInt(hex, 16)),
    );
    if (decoded === current) return true;
    if (decoded.startsWith('//') || UNSAFE_WHEN_DECODED.test(decoded)) return false;
    current = decoded;
  }
  return false;
}
