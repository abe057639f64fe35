import { createContext, type ReactNode, useCallback, useContext, useEffect, useState } from 'react';
import { ApiError } from '../api/api-error.ts';
import { api, setCsrfToken } from '../api/client.ts';
import type { AuthConfig, Session, SessionUser } from '../api/types.ts';

export interface SessionState {
  /** undefined while loading; null when nobody is signed in. */
  user: SessionUser | null | undefined;
  config: AuthConfig | undefined;
  /** True in the embedded demo (the server lists demo users). */
  demo: boolean;
  /** A problem reaching the server at start-up. */
  error: ApiError | undefined;
  signedIn(session: Session): void;
  refresh(): Promise<void>;
  signOut(): Promise<void>;
}

const SessionContext = createContext<SessionState | undefined>(undefined);

/** Loads the session and the sign-in options once, and shares them with every screen. */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [user, setUser] = useState<SessionUser | null | undefined>(undefined);
  const [config, setConfig] = useState<AuthConfig | undefined>(undefined);
  const [error, setError] = useState<ApiError | undefined>(undefined);

  const signedIn = useCallback((session: Session) => {
    setCsrfToken(session.csrfToken);
    setUser(session.user);
  }, []);

  const refresh = useCallback(async () => {
    try {
      signedIn(await api<Session>('GET', '/api/session'));
      setError(undefined);
    } catch (caught) {
      if (caught instanceof ApiError && caught.status === 401) {
        setCsrfToken(undefined);
        setUser(null);
      } else setError(caught instanceof ApiError ? caught : new ApiError(0, 'network-error', String(caught)));
    }
  }, [signedIn]);

  const signOut = useCallback(async () => {
    await api('DELETE', '/api/session').catch(() => undefined);
    setCsrfToken(undefined);
    setUser(null);
  }, []);

  useEffect(() => {
    void refresh();
    api<AuthConfig>('GET', '/api/auth/config')
      .then(setConfig)
      .catch(() => setConfig({ oidc: { enabled: false, label: '' } }));
  }, [refresh]);

  const demo = Boolean(config?.demoUsers?.length);
  return (
    <SessionContext.Provider value={{ user, config, demo, error, signedIn, refresh, signOut }}>
      {children}
    </SessionContext.Provider>
  );
}

export function useSession(): SessionState {
  const state = useContext(SessionContext);
  if (!state) throw new Error('useSession outside SessionProvider');
  return state;
}

/** Whether the signed-in user holds a permission, e.g. `can(user, 'children:read')`. */
export function can(user: SessionUser | null | undefined, permission: string): boolean {
  return Boolean(user?.permissions.includes(permission));
}
