import { act, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { App } from '../App';
import { fakeServer, INSPECTOR, renderConsole } from '../test/render';
import { LiveEventsProvider } from './liveEvents';

// A stand-in for the browser's EventSource (jsdom has none): records the
// streams opened and lets a test deliver named events to them.
class FakeEventSource {
  static opened: FakeEventSource[] = [];
  closed = false;
  onopen: (() => void) | null = null;
  onerror: (() => void) | null = null;
  onmessage: ((message: MessageEvent<string>) => void) | null = null;
  private listeners = new Map<string, Array<() => void>>();
  constructor(readonly url: string) {
    FakeEventSource.opened.push(this);
  }
  addEventListener(type: string, listener: () => void) {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener]);
  }
  emit(type: string) {
    for (const listener of this.listeners.get(type) ?? []) listener();
  }
  close() {
    this.closed = true;
  }
}

describe('LiveEventsProvider', () => {
  afterEach(() => {
    FakeEventSource.opened = [];
  });

  it('ends the session when the server ends its stream', async () => {
    vi.stubGlobal('EventSource', FakeEventSource);
    fakeServer({ 'GET /api/v1/lifts': { body: { items: [], total: 0, page: 1, per_page: 25 } } });
    renderConsole(
      <LiveEventsProvider>
        <App />
      </LiveEventsProvider>,
      { user: INSPECTOR, path: '/workbench' },
    );
    expect(FakeEventSource.opened).toHaveLength(1);
    const stream = FakeEventSource.opened[0]!;
    expect(stream.url).toContain('access_token=hw_test');
    act(() => stream.emit('session.ended'));
    expect(await screen.findByRole('heading', { name: 'Sign in', level: 1 })).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Your session has ended');
    expect(stream.closed).toBe(true);
    expect(window.sessionStorage.getItem('hoistway.session')).toBeNull();
  });
});
