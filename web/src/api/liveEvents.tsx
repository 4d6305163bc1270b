// One Server-Sent Events stream per signed-in tab (GET /api/v1/events; the
// token goes in the query, as EventSource sends no headers). Components
// subscribe with useLiveEvents(handler); the browser reconnects by itself.
// When the server ends the stream with "session.ended" (the session expired
// or was signed out), the tab's session ends too.
import { createContext, useContext, useEffect, useRef, useState, type ReactNode } from 'react';

import { useSession } from '../auth/session';
import { API_BASE } from './client';
import type { LiveEvent } from './types';

type Handler = (event: LiveEvent) => void;

interface LiveEvents {
  subscribe: (handler: Handler) => () => void;
  connected: boolean;
}

const LiveEventsContext = createContext<LiveEvents>({ subscribe: () => () => undefined, connected: false });

export function parseLiveEvent(data: string): LiveEvent | null {
  try {
    const value: unknown = JSON.parse(data);
    if (typeof value === 'object' && value !== null && typeof (value as LiveEvent).type === 'string') {
      return value as LiveEvent;
    }
  } catch {
    // a malformed line is ignored
  }
  return null;
}

export function LiveEventsProvider({ children }: { children: ReactNode }) {
  const { token, markEnded } = useSession();
  const handlers = useRef(new Set<Handler>());
  const [connected, setConnected] = useState(false);

  useEffect(() => {
    if (!token || typeof EventSource === 'undefined') return undefined;
    const source = new EventSource(`${API_BASE}/events?access_token=${encodeURIComponent(token)}`);
    source.onopen = () => setConnected(true);
    source.onerror = () => setConnected(false);
    source.onmessage = (message: MessageEvent<string>) => {
      const event = parseLiveEvent(message.data);
      if (event) for (const handler of handlers.current) handler(event);
    };
    source.addEventListener('session.ended', () => {
      source.close();
      markEnded();
    });
    return () => {
      source.close();
      setConnected(false);
    };
  }, [token, markEnded]);

  const value = useRef<LiveEvents>({
    subscribe: (handler) => {
      handlers.current.add(handler);
      return () => handlers.current.delete(handler);
    },
    connected: false,
  });
  return (
    <LiveEventsContext.Provider value={{ ...value.current, connected }}>{children}</LiveEventsContext.Provider>
  );
}

// Calls `handler` for every live event while the component is mounted.
export function useLiveEvents(handler: Handler): boolean {
  const { subscribe, connected } = useContext(LiveEventsContext);
  const latest = useRef(handler);
  latest.current = handler;
  useEffect(() => subscribe((event) => latest.current(event)), [subscribe]);
  return connected;
}
