import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { SignInPage } from './SignInPage';
import { DEMO_INFO, fakeServer, renderConsole } from './test/render';

describe('SignInPage', () => {
  it('lists the demo sign-ins when the server runs the demo, and signs in', async () => {
    const calls = fakeServer({
      'POST /api/v1/auth/login': {
        body: { token: 'hw_new', user: { id: 2, name: 'demo-inspector', role: 'inspector', company_id: null } },
      },
    });
    renderConsole(<SignInPage />);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'demo-inspector' }));
    expect(screen.getByLabelText('User name')).toHaveValue('demo-inspector');
    expect(screen.getByLabelText('Password')).toHaveValue('demo-inspector');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    await waitFor(() =>
      expect(JSON.parse(window.sessionStorage.getItem('hoistway.session') ?? '{}')).toEqual({
        token: 'hw_new',
        user: { name: 'demo-inspector', role: 'inspector', company_id: null },
      }),
    );
    expect(calls.find((c) => c.method === 'POST')?.body).toEqual({ name: 'demo-inspector', password: 'demo-inspector' });
  });

  it('says nothing of demo users on a real server, and explains a wrong password', async () => {
    fakeServer({
      'GET /api/v1/info': { body: { ...DEMO_INFO, demo: false, demo_sign_ins: undefined } },
      'POST /api/v1/auth/login': { status: 401, body: { error: 'unauthorized', message: 'wrong name or password' } },
    });
    renderConsole(<SignInPage />);
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('User name'), 'kim');
    await user.type(screen.getByLabelText('Password'), 'nope');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Wrong user name or password.');
    expect(screen.queryByText('Demo sign-ins')).toBeNull();
  });
});
