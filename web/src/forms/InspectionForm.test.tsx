import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';

import { PROFILE } from '../test/profile';
import { fakeServer, INSPECTOR, renderConsole } from '../test/render';
import { InspectionForm } from './InspectionForm';

const TODAY = '2026-11-25';

function renderForm(onSaved = vi.fn()) {
  renderConsole(
    <InspectionForm
      registrationNo="9000002"
      liftVersion={7}
      profile={PROFILE}
      today={TODAY}
      onSaved={onSaved}
      onCancel={() => undefined}
    />,
    { user: INSPECTOR },
  );
  return onSaved;
}

describe('InspectionForm', () => {
  it('labels every control, including each checklist row', () => {
    fakeServer({});
    renderForm();
    expect(screen.getByLabelText('Kind of inspection')).toHaveValue('periodic');
    expect(screen.getByLabelText('Date')).toHaveValue(TODAY);
    expect(screen.getByLabelText('Inspector')).toHaveValue('kim');
    expect(within(screen.getByRole('group', { name: 'Verdict' })).getAllByRole('radio')).toHaveLength(3);
    expect(screen.getByLabelText('Measured value of Stopping accuracy (mm)')).toBeInTheDocument();
    expect(screen.getByLabelText('Result of Brake test')).toHaveValue('pass');
    // No unit, no measured value.
    expect(screen.queryByLabelText(/Measured value of Brake test/)).toBeNull();
  });

  it('checks the form before sending anything', async () => {
    const calls = fakeServer({});
    renderForm();
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('Measured value of Door closing force (N)'), 'abc');
    await user.click(screen.getByRole('button', { name: 'Save inspection' }));
    expect(screen.getByText('Choose a verdict.')).toBeInTheDocument();
    expect(screen.getByLabelText('Measured value of Door closing force (N)')).toHaveAttribute('aria-invalid', 'true');
    expect(calls.filter((c) => c.method === 'POST')).toEqual([]);
  });

  it('records a conditional pass and shows the remediation deadline', async () => {
    const calls = fakeServer({
      'POST /api/v1/lifts/9000002/inspections': {
        status: 201,
        body: {
          id: 9,
          kind: 'periodic',
          date: TODAY,
          result: 'conditional',
          inspector: 'kim',
          items: [],
          valid_from: TODAY,
          valid_until: '2027-11-24',
          remediation_until: '2027-01-24',
        },
      },
    });
    const onSaved = renderForm();
    const user = userEvent.setup();
    await user.click(screen.getByRole('radio', { name: 'conditional pass' }));
    expect(screen.getByText(/remediation window of 60 days/)).toBeInTheDocument();
    await user.type(screen.getByLabelText('Measured value of Stopping accuracy (mm)'), '12');
    expect(screen.getByText('Beyond the limit')).toBeInTheDocument();
    await user.selectOptions(screen.getByLabelText('Result of Stopping accuracy'), 'defect');
    await user.click(screen.getByRole('button', { name: 'Save inspection' }));

    const saved = await screen.findByRole('status');
    expect(within(saved).getByText('Inspection saved: conditional pass')).toBeInTheDocument();
    expect(within(saved).getByTestId('saved-remediation-until')).toHaveTextContent('2027-01-24');
    expect(within(saved).getByTestId('saved-valid-until')).toHaveTextContent('2027-11-24');
    expect(onSaved).toHaveBeenCalledOnce();

    const post = calls.find((c) => c.method === 'POST')!;
    expect(post.headers['If-Match']).toBe('"v7"');
    expect(post.headers.Authorization).toBe('Bearer hw_test');
    expect(post.body).toMatchObject({
      result: 'conditional',
      items: [{ code: 'C01', result: 'defect', measured: 12 }, { code: 'C02' }, { code: 'C05' }],
    });
  });

  it("shows the server's refusal", async () => {
    fakeServer({
      'POST /api/v1/lifts/9000002/inspections': {
        status: 412,
        body: { error: 'precondition_failed', status: 412, message: 'the lift changed since you fetched it' },
      },
    });
    renderForm();
    const user = userEvent.setup();
    await user.click(screen.getByRole('radio', { name: 'pass' }));
    await user.click(screen.getByRole('button', { name: 'Save inspection' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('the lift changed since you fetched it');
  });
});
