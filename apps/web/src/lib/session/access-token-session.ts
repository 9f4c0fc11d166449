export type SessionEndReason = 'logout' | 'expired';

export interface AccessTokenSession {
  /** The current access token, or undefined while logged out. */
  token(): string | undefined;
  start(accessToken: string): void;
  end(reason: SessionEndReason): void;
  /** Exchanges the refresh cookie for a new token; concurrent callers share one request. */
  refresh(): Promise<string | undefined>;
  /** The silent refresh on page load, run once however often it is awaited; skipped without a session hint. */
  restore(): Promise<void>;
  onEnd(listener: (reason: SessionEndReason) => void): () => void;
  /** Called whenever the token changes (login, refresh, logout), e.g. to reopen a stream with the new one. */
  onTokenChange(listener: (token: string | undefined) => void): () => void;
}

export interface AccessTokenSessionOptions {
  /**
   * Whether the browser may hold a session to restore on page load. False spares a logged-out visit the
   * refresh that would be refused (and logged as an error by the browser). By default always true.
   */
  mayHaveSession?: () => boolean;
}

/**
 * Keeps the access token in memory only, so a script that reads storage finds nothing; a reload
 * gets a new token through the httpOnly refresh cookie instead.
 */
export function createAccessTokenSession(
  requestNewToken: () => Promise<string | undefined>,
  { mayHaveSession = () => true }: AccessTokenSessionOptions = {},
): AccessTokenSession {
  let current: string | undefined;
  // Bumped on start and end, so a refresh that was in flight at logout cannot log the user back in.
  let generation = 0;
  let inFlight: Promise<string | undefined> | undefined;
  let restoring: Promise<void> | undefined;
  const listeners = new Set<(reason: SessionEndReason) => void>();
  const tokenListeners = new Set<(token: string | undefined) => void>();
  const setToken = (token: string | undefined) => {
    const changed = token !== current;
    current = token;
    if (changed) for (const listener of tokenListeners) listener(token);
  };

  const refresh = (): Promise<string | undefined> => {
    if (inFlight) return inFlight;
    const startedIn = generation;
    inFlight = requestNewToken()
      .catch(() => undefined)
      .then((token) => {
        if (startedIn !== generation) return current;
        setToken(token);
        return token;
      })
      .finally(() => {
        inFlight = undefined;
      });
    return inFlight;
  };

  return {
    token: () => current,
    start(accessToken) {
      generation += 1;
      setToken(accessToken);
    },
    end(reason) {
      generation += 1;
      setToken(undefined);
      for (const listener of listeners) listener(reason);
    },
    refresh,
    restore() {
      restoring ??= mayHaveSession() ? refresh().then(() => undefined) : Promise.resolve();
      return restoring;
    },
    onEnd(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    onTokenChange(listener) {
      tokenListeners.add(listener);
      return () => tokenListeners.delete(listener);
    },
  };
}
