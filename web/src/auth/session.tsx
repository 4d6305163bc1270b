// Who is signed in: the token (kept for this browser tab only, in
// sessionStorage), the user's name, role and company, and an ApiClient that
// sends the token. A 401 on a signed-in request signs the user out.
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

  // Forgets the session here and revokes its token on the server (best
  // effort: a token that is already invalid needs no revoking).
  const signOut = useCallback(() => {
    const token = load()?.token;
    window.sessionStorage.removeItem(STORAGE_KEY);
    setSession(null);
    if (token) createClient(token).post('/auth/logout', undefined).catch(() => undefined);
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
  }, []);

  const value = useMemo<Session>(
    () => ({
      token: session?.token ?? null,
      user: session?.user ?? null,
      client: createClient(session?.token ?? null, signOut),
      signIn,
      signOut,
    }),
    [session, signIn, signOut],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside SessionProvider');
  return session;
}
