// Who is signed in: the token (kept for this browser tab only, in
// sessionStorage), the user's name, role and company, and an ApiClient that
// sends the token. A 401 on a signed-in request signs the user out and marks
// the session as ended (it expired, or was signed out elsewhere), so that the
// sign-in page can say why.
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';

import { createClient, type ApiClient } from '../api/client';
import type { LoginResponse, SignedInUser } from '../api/types';

const STORAGE_KEY = 'hoistway.session';

interface StoredSession {
  token: string;
  user: SignedInUser;
}

export interface Session {
  token: string | null;
  user: SignedInUser | null;
  client: ApiClient;
  // True after the server refused the session's token, until the next sign-in.
  ended: boolean;
  // The server said the session is over (a 401, or the event stream's
  // "session.ended"): forget the token and set `ended`.
  markEnded: () => void;
  signIn: (name: string, password: string) => Promise<void>;
  signOut: () => void;
}

function load(): StoredSession | null {
  try {
    const text = window.sessionStorage.getItem(STORAGE_KEY);
    if (!text) return null;
    const value = JSON.parse(text) as Partial<StoredSession>;
    if (typeof value.token !== 'string' || !value.user) return null;
    return { token: value.token, user: value.user };
  } catch {
    return null;
  }
}

const SessionContext = createContext<Session | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const [session, setSession] = useState<StoredSession | null>(load);
  const [ended, setEnded] = useState(false);

  // Forgets the session here and revokes its token on the server (best
  // effort: a token that is already invalid needs no revoking).
  const signOut = useCallback(() => {
    const token = load()?.token;
    window.sessionStorage.removeItem(STORAGE_KEY);
    setSession(null);
    setEnded(false);
    if (token) createClient(token).post('/auth/logout', undefined).catch(() => undefined);
  }, []);

  // The server no longer accepts the token: forget it, and say so.
  const sessionEnded = useCallback(() => {
    window.sessionStorage.removeItem(STORAGE_KEY);
    setSession(null);
    setEnded(true);
  }, []);

  const signIn = useCallback(async (name: string, password: string) => {
    const response = await createClient(null).post<LoginResponse>('/auth/login', {
      name,
      password,
    });
    const stored: StoredSession = {
      token: response.token,
      user: {
        name: response.user.name,
        role: response.user.role,
        company_id: response.user.company_id ?? null,
      },
    };
    window.sessionStorage.setItem(STORAGE_KEY, JSON.stringify(stored));
    setSession(stored);
    setEnded(false);
  }, []);

  const value = useMemo<Session>(
    () => ({
      token: session?.token ?? null,
      user: session?.user ?? null,
      client: createClient(session?.token ?? null, sessionEnded),
      ended,
      markEnded: sessionEnded,
      signIn,
      signOut,
    }),
    [session, ended, signIn, signOut, sessionEnded],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside SessionProvider');
  return session;
}
