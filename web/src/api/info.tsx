// What the server says of itself (GET /api/v1/info): version, whether it runs
// the fictional demo (and then its sign-ins), and its date, which forms use
// as "today" so that they agree with the server's checks.
import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';

import { createClient } from './client';
import type { Info } from './types';

const InfoContext = createContext<Info | null>(null);

export function InfoProvider({ children }: { children: ReactNode }) {
  const [info, setInfo] = useState<Info | null>(null);
  useEffect(() => {
    let live = true;
    createClient(null)
      .get<Info>('/info')
      .then((value) => {
        if (live) setInfo(value);
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, []);
  return <InfoContext.Provider value={info}>{children}</InfoContext.Provider>;
}

export function useInfo(): Info | null {
  return useContext(InfoContext);
}

// The server's date (YYYY-MM-DD), else the browser's.
export function useToday(): string {
  const info = useInfo();
  return info?.today ?? localToday();
}

export function localToday(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
