import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  forgetInvitationToken,
  rememberedInvitationToken,
  rememberInvitationToken,
  tokenFromHash,
} from './invitation-token';

describe('tokenFromHash', () => {
  it('reads the token from the fragment', () => {
    expect(tokenFromHash('#token=abc.DEF_123-x')).toBe('abc.DEF_123-x');
    expect(tokenFromHash('#lang=de&token=abc')).toBe('abc');
  });

  it('finds nothing in an empty or token-less fragment', () => {
    expect(tokenFromHash('')).toBeUndefined();
    expect(tokenFromHash('#')).toBeUndefined();
    expect(tokenFromHash('#token=')).toBeUndefined();
    expect(tokenFromHash('#main')).toBeUndefined();
  });
});

describe('the remembered token', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('is kept in memory and sessionStorage until it is forgotten', () => {
    const store = new Map<string, string>();
    vi.stubGlobal('sessionStorage', {
      getItem: (key: string) => store.get(key) ?? null,
      setItem: (key: string, value: string) => store.set(key, value),
      removeItem: (key: string) => store.delete(key),
    });
    rememberInvitationToken('t-1');
    expect(rememberedInvitationToken()).toBe('t-1');
    expect([...store.values()]).toEqual(['t-1']);
    forgetInvitationToken();
    expect(rememberedInvitationToken()).toBeUndefined();
    expect(store.size).toBe(0);
  });

  it('still works in memory when storage is refused', () => {
    vi.stubGlobal('sessionStorage', {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('denied');
      },
      removeItem: () => {
        throw new Error('denied');
      },
    });
    rememberInvitationToken('t-2');
    expect(rememberedInvitationToken()).toBe('t-2');
    forgetInvitationToken();
    expect(rememberedInvitationToken()).toBeUndefined();
  });
});
