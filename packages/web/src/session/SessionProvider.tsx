import type { Action } from '@leidraad/contract';
import {
  createContext,
  type ReactNode,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useState,
} from 'react';
import { ApiError, api, setCsrfToken } from '../api/client.js';
import type { Me } from '../api/types.js';

export type SessionState =
  | { status: 'loading' }
  | { status: 'signed-out' }
  | { status: 'error'; error: ApiError }
  | { status: 'signed-in'; me: Me };

type Session = {
  state: SessionState;
  /** Ask the server who is signed in (after sign-in, acknowledging, …). */
  refresh(): Promise<void>;
  signOut(): Promise<void>;
};

const SessionContext = createContext<Session | undefined>(undefined);

export function SessionProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<SessionState>({ status: 'loading' });

  const refresh = useCallback(async () => {
    try {
      const me = await api.me();
      setCsrfToken(me.csrfToken);
      setState({ status: 'signed-in', me });
    } catch (error) {
      setCsrfToken(undefined);
      if (error instanceof ApiError && error.status === 401) setState({ status: 'signed-out' });
      else if (error instanceof ApiError) setState({ status: 'error', error });
      else throw error;
    }
  }, []);

  const signOut = useCallback(async () => {
    try {
      await api.logout();
    } finally {
      setCsrfToken(undefined);
      setState({ status: 'signed-out' });
    }
  }, []);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  const value = useMemo(() => ({ state, refresh, signOut }), [state, refresh, signOut]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession outside SessionProvider');
  return value;
}

/** The signed-in user's session; only for pages that are shown when signed in. */
export function useMe(): Me {
  const { state } = useSession();
  if (state.status !== 'signed-in') throw new Error('useMe without a signed-in user');
  return state.me;
}

/** Whether the server granted the signed-in user an action (the UI only reads permissions). */
export function useCan(): (permission: Action) => boolean {
  const me = useMe();
  return (permission) => me.permissions.includes(permission);
}
