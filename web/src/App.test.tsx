import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { App, nextPath } from './App';
import { fakeServer, INSPECTOR, renderConsole } from './test/render';

describe('App', () => {
  it('sends a visitor who is not signed in to the sign-in page', async () => {
    fakeServer({});
    renderConsole(<App />, { path: '/lifts/9000001' });
    expect(await screen.findByRole('heading', { name: 'Sign in', level: 1 })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Fleet' })).toBeNull();
  });

  it('says the session has ended when the server refuses its token', async () => {
    const expired = { status: 401, body: { error: 'unauthorized', message: 'the session has expired; sign in again' } };
    fakeServer({ 'GET /api/v1/lifts': expired, 'GET /api/v1/summary/regions': expired });
    renderConsole(<App />, { user: INSPECTOR, path: '/fleet' });
    expect(await screen.findByRole('heading', { name: 'Sign in', level: 1 })).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Your session has ended');
    expect(window.sessionStorage.getItem('hoistway.session')).toBeNull();
  });

  it('returns to the page asked for after signing in, and only to one of its own', () => {
    expect(nextPath('next=%2Flifts%2F9000001')).toBe('/lifts/9000001');
    expect(nextPath('next=%2Ffleet%3Fregion%3DMedeu')).toBe('/fleet?region=Medeu');
    expect(nextPath('next=https%3A%2F%2Fevil.example')).toBe('/fleet');
    expect(nextPath('next=%2F%2Fevil.example')).toBe('/fleet');
    expect(nextPath('')).toBe('/fleet');
  });
});
