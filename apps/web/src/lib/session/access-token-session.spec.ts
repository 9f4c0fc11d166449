import { describe, expect, it, vi } from 'vitest';
import { createAccessTokenSession } from './access-token-session';

function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((settle) => {
    resolve = settle;
  });
  return { promise, resolve };
}

describe('createAccessTokenSession', () => {
  it('shares one refresh among concurrent callers', async () => {
    const answer = deferred<string | undefined>();
    const requestNewToken = vi.fn(() => answer.promise);
    const session = createAccessTokenSession(requestNewToken);
    const both = Promise.all([session.refresh(), session.refresh()]);
    answer.resolve('token-2');
    expect(await both).toEqual(['token-2', 'token-2']);
    expect(requestNewToken).toHaveBeenCalledTimes(1);
    expect(session.token()).toBe('token-2');
  });

  it('refreshes again once the previous refresh has finished', async () => {
    const requestNewToken = vi.fn().mockResolvedValueOnce('a').mockResolvedValueOnce('b');
    const session = createAccessTokenSession(requestNewToken);
    expect(await session.refresh()).toBe('a');
    expect(await session.refresh()).toBe('b');
  });

  it('treats a failed refresh as logged out', async () => {
    const session = createAccessTokenSession(() => Promise.reject(new TypeError('offline')));
    session.start('old');
    expect(await session.refresh()).toBeUndefined();
    expect(session.token()).toBeUndefined();
  });

  it('restores the session on page load only once', async () => {
    const requestNewToken = vi.fn().mockResolvedValue('restored');
    const session = createAccessTokenSession(requestNewToken);
    await Promise.all([session.restore(), session.restore()]);
    await session.restore();
    expect(requestNewToken).toHaveBeenCalledTimes(1);
    expect(session.token()).toBe('restored');
  });

  it('restores nothing on page load without a session hint, and refreshes on demand all the same', async () => {
    const requestNewToken = vi.fn().mockResolvedValue('fresh');
    const session = createAccessTokenSession(requestNewToken, { mayHaveSession: () => false });
    await session.restore();
    expect(requestNewToken).not.toHaveBeenCalled();
    expect(session.token()).toBeUndefined();
    expect(await session.refresh()).toBe('fresh');
  });

  it('does not let a refresh that was in flight at logout log the user back in', async () => {
    const answer = deferred<string | undefined>();
    const session = createAccessTokenSession(() => answer.promise);
    session.start('current');
    const refreshing = session.refresh();
    session.end('logout');
    answer.resolve('late');
    await refreshing;
    expect(session.token()).toBeUndefined();
  });

  it('tells its listeners why the session ended', () => {
    const session = createAccessTokenSession(() => Promise.resolve(undefined));
    const listener = vi.fn();
    const unsubscribe = session.onEnd(listener);
    session.end('expired');
    unsubscribe();
    session.end('logout');
    expect(listener.mock.calls).toEqual([['expired']]);
  });

  it('tells its token listeners about every new token, and nothing when it stays the same', async () => {
    const requestNewToken = vi.fn().mockResolvedValueOnce('refreshed').mockResolvedValueOnce('refreshed');
    const session = createAccessTokenSession(requestNewToken);
    const listener = vi.fn();
    const unsubscribe = session.onTokenChange(listener);
    session.start('logged-in');
    await session.refresh();
    await session.refresh();
    session.end('logout');
    unsubscribe();
    session.start('unheard');
    expect(listener.mock.calls).toEqual([['logged-in'], ['refreshed'], [undefined]]);
  });
});
