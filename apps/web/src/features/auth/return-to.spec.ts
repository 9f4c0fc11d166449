import { describe, expect, it } from 'vitest';
import { loginPathFor, safeReturnTo } from './return-to';

describe('loginPathFor', () => {
  it('remembers the page, its query and fragment', () => {
    const path = loginPathFor({ pathname: '/c/100042/orders', search: '?a=1', hash: '#top' });
    expect(path).toBe('/login?returnTo=%2Fc%2F100042%2Forders%3Fa%3D1%23top');
    expect(new URLSearchParams(path.split('?')[1]).get('returnTo')).toBe('/c/100042/orders?a=1#top');
  });

  it('does not remember the start or the login page', () => {
    expect(loginPathFor({ pathname: '/', search: '', hash: '' })).toBe('/login');
    expect(loginPathFor({ pathname: '/login', search: '?returnTo=/x', hash: '' })).toBe('/login');
  });

  it('remembers what safeReturnTo gives back unchanged', () => {
    const path = loginPathFor({ pathname: '/c/100042/users', search: '?user=a%20b&q=x', hash: '#row-3' });
    const returnTo = new URLSearchParams(path.split('?')[1]).get('returnTo');
    expect(safeReturnTo(returnTo)).toBe('/c/100042/users?user=a%20b&q=x#row-3');
  });
});

describe('safeReturnTo', () => {
  it.each([
    '/c/100042/devices',
    '/c/100042/orders?status=open&page=2#top',
    '/',
    '/settings',
    '/c/100042/users?q=J%C3%BCrgen',
  ])('accepts the path of this app %s', (value) => expect(safeReturnTo(value)).toBe(value));

  it('gives back the resolved path', () => {
    expect(safeReturnTo('/c/100042/../100043/orders')).toBe('/c/100043/orders');
  });

  it.each([
    ['nothing', null],
    ['empty', ''],
    ['an absolute URL', 'https://evil.example'],
    ['a javascript: URL', 'javascript:alert(1)'],
    ['a data: URL', 'data:text/html,<script>alert(1)</script>'],
    ['a relative path', 'c/1'],
    ['a host-relative URL', '//evil.example'],
    ['three slashes', '///evil.example'],
    ['slash backslash', '/\\evil.example'],
    ['a backslash first', '\\evil.example'],
    ['two backslashes', '\\\\evil.example'],
    ['a backslash later on', '/c/1\\..\\..\\/evil.example'],
    ['a tab between the slashes', '/\t/evil.example'],
    ['a line feed between the slashes', '/\n/evil.example'],
    ['a carriage return between the slashes', '/\r/evil.example'],
    ['a leading space', ' //evil.example'],
    ['a NUL', '/c/1\u0000'],
    ['a C1 control', '/c/1\u0085'],
    ['a non-breaking space', '/\u00A0/evil.example'],
    ['encoded slashes', '/%2F%2Fevil.example'],
    ['an encoded slash after one slash', '/%2Fevil.example'],
    ['lower-case encoded slashes', '/%2f%2fevil.example'],
    ['an encoded backslash', '/%5Cevil.example'],
    ['an encoded backslash later on', '/c/1/%5c'],
    ['an encoded tab', '/%09/evil.example'],
    ['an encoded line feed', '/%0A/evil.example'],
    ['an encoded carriage return', '/%0d/evil.example'],
    ['double-encoded slashes', '/%252F%252Fevil.example'],
    ['triple-encoded slashes', '/%25252F%25252Fevil.example'],
    ['an encoded tab deep inside', '/c/1?q=a%2509b'],
    ['an encoded backslash in the query', '/c/1?next=%5C%5Cevil.example'],
    ['a dot segment that leaves two slashes', '/.//evil.example'],
    ['a parent segment that leaves two slashes', '/..//evil.example'],
    ['the login page', '/login'],
    ['the login page with a query', '/login?returnTo=/x'],
    ['the login page with a fragment', '/login#x'],
    ['the login page by a detour', '/c/../login'],
  ])('refuses %s', (_label, value) => expect(safeReturnTo(value)).toBeUndefined());
});
