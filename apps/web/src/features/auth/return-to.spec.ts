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
});

describe('safeReturnTo', () => {
  it('accepts paths of this app', () => {
    expect(safeReturnTo('/c/100042/devices')).toBe('/c/100042/devices');
  });

  it('refuses anything that would leave the app or loop back to login', () => {
    for (const value of [
      null,
      '',
      'https://evil.example',
      '//evil.example',
      '/\\evil.example',
      'c/1',
      '/login',
      '/login?returnTo=/x',
    ]) {
      expect(safeReturnTo(value)).toBeUndefined();
    }
  });
});
