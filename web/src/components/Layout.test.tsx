import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { fakeServer, INSPECTOR, renderConsole } from '../test/render';
import { Layout } from './Layout';

describe('Layout', () => {
  it('shows the user, the demo banner and the navigation, and signing out revokes the token', async () => {
    const calls = fakeServer({ 'POST /api/v1/auth/logout': { status: 204 } });
    renderConsole(<Layout>content</Layout>, { user: INSPECTOR, path: '/fleet' });
    expect(await screen.findByText(/all buildings, lifts and people shown are fictional/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Fleet' })).toHaveAttribute('aria-current', 'page');
    expect(screen.getByRole('link', { name: 'Traffic workbench' })).not.toHaveAttribute('aria-current');
    expect(screen.getByText('(inspector)')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Skip to content' })).toHaveAttribute('href', '#main');

    await userEvent.setup().click(screen.getByRole('button', { name: 'Sign out' }));
    expect(screen.queryByRole('link', { name: 'Fleet' })).toBeNull();
    expect(window.sessionStorage.getItem('hoistway.session')).toBeNull();
    await waitFor(() => expect(calls.some((c) => c.method === 'POST' && c.path === '/api/v1/auth/logout')).toBe(true));
    expect(calls.find((c) => c.path === '/api/v1/auth/logout')?.headers.Authorization).toBe('Bearer hw_test');
  });
});
