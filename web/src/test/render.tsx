// Helpers of the component tests: a fake server (fetch answered from a route
// table, every call recorded) and the console's providers around a component.
import { render, type RenderResult } from '@testing-library/react';
import type { ReactElement } from 'react';
import { vi } from 'vitest';
import { Router } from 'wouter';
import { memoryLocation } from 'wouter/memory-location';

import { InfoProvider } from '../api/info';
import type { Info, SignedInUser } from '../api/types';
import { SessionProvider } from '../auth/session';
import { I18nProvider } from '../i18n/i18n';
import type { Language } from '../i18n/messages';

export interface Call {
  method: string;
  path: string; // with the query
  body: unknown;
  headers: Record<string, string>;
}

export interface Answer {
  status?: number;
  body?: unknown;
}

export type Route = Answer | ((call: Call) => Answer);

export const DEMO_INFO: Info = {
  name: 'hoistway',
  version: 'test',
  profile: 'korea',
  database: 'sqlite',
  demo: true,
  today: '2026-11-25',
  demo_sign_ins: [
    { name: 'demo-admin', password: 'demo-admin', role: 'admin' },
    { name: 'demo-inspector', password: 'demo-inspector', role: 'inspector' },
  ],
};

// Answers fetch from `routes`, keyed "METHOD /api/v1/path" (the query is
// ignored unless the key has one); anything else is a 404.
export function fakeServer(routes: Record<string, Route>): Call[] {
  const calls: Call[] = [];
  const all: Record<string, Route> = { 'GET /api/v1/info': { body: DEMO_INFO }, ...routes };
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: RequestInfo | URL, init: RequestInit = {}) => {
      const url = new URL(String(input), 'http://console.test');
      const method = init.method ?? 'GET';
      const headers = (init.headers ?? {}) as Record<string, string>;
      const call: Call = {
        method,
        path: url.pathname + url.search,
        body: typeof init.body === 'string' ? (JSON.parse(init.body) as unknown) : undefined,
        headers,
      };
      calls.push(call);
      const route = all[`${method} ${call.path}`] ?? all[`${method} ${url.pathname}`];
      const answer: Answer = route
        ? typeof route === 'function'
          ? route(call)
          : route
        : { status: 404, body: { error: 'not_found', message: `no endpoint ${url.pathname}` } };
      return new Response(answer.body === undefined ? '' : JSON.stringify(answer.body), {
        status: answer.status ?? 200,
        headers: { 'Content-Type': 'application/json' },
      });
    }),
  );
  return calls;
}

export interface Options {
  user?: SignedInUser;
  language?: Language;
  path?: string;
}

export function renderConsole(ui: ReactElement, { user, language = 'en', path = '/' }: Options = {}): RenderResult {
  if (user) window.sessionStorage.setItem('hoistway.session', JSON.stringify({ token: 'hw_test', user }));
  const { hook, searchHook } = memoryLocation({ path });
  return render(
    <I18nProvider language={language}>
      <InfoProvider>
        <SessionProvider>
          <Router hook={hook} searchHook={searchHook}>
            {ui}
          </Router>
        </SessionProvider>
      </InfoProvider>
    </I18nProvider>,
  );
}

export const INSPECTOR: SignedInUser = { name: 'kim', role: 'inspector', company_id: null };
export const TECHNICIAN: SignedInUser = { name: 'lee', role: 'technician', company_id: 1 };
export const OWNER: SignedInUser = { name: 'park', role: 'owner', company_id: null };
