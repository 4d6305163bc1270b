import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { fakeServer, renderConsole, TECHNICIAN } from '../test/render';
import { OpenWorkOrderForm } from './OpenWorkOrderForm';

const POST = 'POST /api/v1/lifts/9000013/work-orders';

function renderForm() {
  renderConsole(
    <OpenWorkOrderForm registrationNo="9000013" companyId={null} onSaved={() => undefined} onCancel={() => undefined} />,
    { user: TECHNICIAN },
  );
}

type User = ReturnType<typeof userEvent.setup>;

// What the user fills in before saving, and the field that must have the
// focus once the form (or the server) has refused it.
const CASES: { name: string; fill: (user: User) => Promise<void>; refusal?: { field: string; problem: string }; focused: string }[] = [
  { name: 'nothing filled in: the first field of the page', fill: async () => undefined, focused: 'Call received' },
  {
    name: 'only the out-of-service question left',
    fill: async (user) => {
      await user.type(screen.getByLabelText('Call received'), '2026-01-05T10:00');
      await user.type(screen.getByLabelText('Reported problem'), 'stuck at 3');
    },
    focused: 'Yes: out of service until the call-out is closed',
  },
  {
    name: "the server refuses called_at: its field, when the answer comes",
    fill: async (user) => {
      await user.type(screen.getByLabelText('Call received'), '2026-01-05T10:00');
      await user.type(screen.getByLabelText('Reported problem'), 'stuck at 3');
      await user.click(screen.getByRole('radio', { name: /^No/ }));
    },
    refusal: { field: 'called_at', problem: 'is before the lift was installed' },
    focused: 'Call received',
  },
  {
    name: 'the server refuses problem',
    fill: async (user) => {
      await user.type(screen.getByLabelText('Call received'), '2026-01-05T10:00');
      await user.type(screen.getByLabelText('Reported problem'), 'x');
      await user.click(screen.getByRole('radio', { name: /^No/ }));
    },
    refusal: { field: 'problem', problem: 'is required' },
    focused: 'Reported problem',
  },
];

describe('OpenWorkOrderForm focus after a refused save', () => {
  it.each(CASES)('$name', async ({ fill, refusal, focused }) => {
    const calls = fakeServer({
      [POST]: {
        status: 400,
        body: refusal
          ? { error: 'invalid_input', status: 400, message: `${refusal.field}: ${refusal.problem}`, ...refusal }
          : { error: 'invalid_input', status: 400, message: 'unexpected' },
      },
    });
    renderForm();
    const user = userEvent.setup();
    await fill(user);
    await user.click(screen.getByRole('button', { name: 'Open work order' }));
    await waitFor(() => expect(screen.getByLabelText(focused)).toHaveFocus());
    if (screen.getByLabelText(focused).getAttribute('type') !== 'radio') {
      expect(screen.getByLabelText(focused)).toHaveAttribute('aria-invalid', 'true');
    }
    expect(calls.some((c) => c.method === 'POST')).toBe(refusal !== undefined);
  });
});
