// Every signed-in role finds the Test tower in the navigation and at /tower.
import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';

import type { SignedInUser } from '../api/types';
import { fakeServer, INSPECTOR, OWNER, renderConsole, TECHNICIAN } from '../test/render';
import { CATALOGUE, FAULTS } from '../test/tower';

vi.mock('uplot', () => ({ default: class {} }));
const { App } = await import('../App');

const ADMIN: SignedInUser = { name: 'root', role: 'admin', company_id: null };

describe('the Test tower route', () => {
  it.each([ADMIN, INSPECTOR, TECHNICIAN, OWNER])('is open to $role', async (user) => {
    fakeServer({
      'GET /api/v1/tower/catalogue': { body: CATALOGUE },
      'GET /api/v1/tower/faults': { body: { items: FAULTS } },
    });
    renderConsole(<App />, { user, path: '/tower' });
    expect(await screen.findByRole('heading', { name: 'Test tower', level: 1 })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Test tower' })).toHaveAttribute('aria-current', 'page');
  });

  it('asks a visitor to sign in first', async () => {
    fakeServer({});
    renderConsole(<App />, { path: '/tower' });
    expect(await screen.findByRole('heading', { name: 'Sign in', level: 1 })).toBeInTheDocument();
  });
});
