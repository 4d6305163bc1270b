import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { PROFILE } from '../test/profile';
import { fakeServer, renderConsole, TECHNICIAN } from '../test/render';
import { SelfInspectionForm } from './SelfInspectionForm';

function renderForm(companyId: number | null = 1) {
  renderConsole(
    <SelfInspectionForm
      registrationNo="9000013"
      companyId={companyId}
      profile={PROFILE}
      today="2026-11-25"
      onSaved={() => undefined}
      onCancel={() => undefined}
    />,
    { user: TECHNICIAN },
  );
}

describe('SelfInspectionForm', () => {
  it('starts with no grade chosen, needs a note for an urgent repair and says it opened a work order', async () => {
    const calls = fakeServer({
      'GET /api/v1/technicians': { body: { items: [{ id: 16, company_id: 1, name: 'Lee', qualification: '', training_valid_until: null }] } },
      'POST /api/v1/lifts/9000013/self-inspections': {
        status: 201,
        body: {
          id: 1, registration_no: '9000013', month: '2026-11', visited_on: '2026-11-25', entered_on: '2026-11-25',
          technician_id: 16, company_id: 1, late: false, items: [], follow_up_work_order_id: 41,
        },
      },
    });
    renderForm();
    const user = userEvent.setup();
    const brake = screen.getByRole('group', { name: 'Grade of Drive machine and brake' });
    expect(within(brake).getAllByRole('radio').map((r) => r.getAttribute('value'))).toEqual(['A', 'B', 'C', 'D', 'E']);
    expect(within(brake).getAllByRole('radio').some((r) => (r as HTMLInputElement).checked)).toBe(false);
    await user.type(screen.getByLabelText('Visit date'), '2026-11-25');
    expect(screen.getByLabelText('Month')).toHaveValue('2026-11'); // follows the visit
    await user.click(within(brake).getByRole('radio', { name: 'C: urgent repair' }));
    await user.click(screen.getByRole('button', { name: 'Save self-inspection' }));
    const summary = screen.getByRole('alert');
    expect(within(screen.getByRole('group', { name: 'Grade of Machine room' })).getAllByRole('radio')[0]).toHaveFocus();
    expect(within(summary).getByText(/SI01 Machine room: Choose a grade\./)).toBeInTheDocument();
    expect(within(summary).getByText(/SI02 Drive machine and brake: Describe the urgent repair\./)).toBeInTheDocument();
    expect(calls.some((c) => c.method === 'POST')).toBe(false);

    await user.click(within(screen.getByRole('group', { name: 'Grade of Machine room' })).getByRole('radio', { name: 'A: good' }));
    await user.type(screen.getByLabelText('Note on Drive machine and brake'), 'brake lining worn');
    await user.selectOptions(await screen.findByLabelText('Technician'), 'Lee');
    await user.click(screen.getByRole('button', { name: 'Save self-inspection' }));

    expect(await screen.findByText('Self-inspection of 2026-11 saved.')).toBeInTheDocument();
    expect(screen.getByText(/opened work order 41/)).toBeInTheDocument();
    const post = calls.find((c) => c.method === 'POST')!;
    expect(post.body).toEqual({
      visited_on: '2026-11-25',
      month: '2026-11',
      technician_id: 16,
      company_id: 1,
      items: [
        { code: 'SI01', grade: 'A' },
        { code: 'SI02', grade: 'C', note: 'brake lining worn' },
      ],
    });
  });

  it('refuses a visit in the future', async () => {
    const calls = fakeServer({});
    renderForm(null);
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('Visit date'), '2026-12-01');
    await user.click(screen.getByRole('button', { name: 'Save self-inspection' }));
    expect(screen.getAllByText('This cannot be in the future.').length).toBeGreaterThan(0);
    expect(calls.some((c) => c.method === 'POST')).toBe(false);
  });

  it("moves the focus to the field the server refuses (visited_on) when its answer comes", async () => {
    fakeServer({
      'POST /api/v1/lifts/9000013/self-inspections': {
        status: 400,
        body: {
          error: 'invalid_input', status: 400, message: 'visited_on: is before the lift was installed',
          field: 'visited_on', problem: 'is before the lift was installed',
        },
      },
    });
    renderForm(null);
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('Visit date'), '2026-11-25');
    for (const name of ['Machine room', 'Drive machine and brake']) {
      await user.click(within(screen.getByRole('group', { name: `Grade of ${name}` })).getByRole('radio', { name: 'A: good' }));
    }
    await user.click(screen.getByRole('button', { name: 'Save self-inspection' }));
    const visit = screen.getByLabelText('Visit date');
    await waitFor(() => expect(visit).toHaveFocus());
    expect(visit).toHaveAttribute('aria-invalid', 'true');
  });
});
