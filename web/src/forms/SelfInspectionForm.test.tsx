import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { PROFILE } from '../test/profile';
import { fakeServer, renderConsole, TECHNICIAN } from '../test/render';
import { SelfInspectionForm } from './SelfInspectionForm';

describe('SelfInspectionForm', () => {
  it('grades every item A to E and records the month', async () => {
    const calls = fakeServer({
      'GET /api/v1/technicians': { body: { items: [{ id: 16, company_id: 1, name: 'Lee', qualification: '' }] } },
      'POST /api/v1/lifts/9000013/self-inspections': {
        status: 201,
        body: { id: 1, month: '2026-11', visited_on: '2026-11-25', entered_on: '2026-11-25', late: false, items: [] },
      },
    });
    renderConsole(
      <SelfInspectionForm
        registrationNo="9000013"
        companyId={1}
        profile={PROFILE}
        today="2026-11-25"
        onSaved={() => undefined}
        onCancel={() => undefined}
      />,
      { user: TECHNICIAN },
    );
    const user = userEvent.setup();
    const brake = screen.getByRole('group', { name: 'Grade of Drive machine and brake' });
    expect(within(brake).getAllByRole('radio').map((r) => r.getAttribute('value'))).toEqual(['A', 'B', 'C', 'D', 'E']);
    expect(within(brake).getByRole('radio', { name: 'A: good' })).toBeChecked();
    await user.click(within(brake).getByRole('radio', { name: 'C: urgent repair' }));
    await user.type(screen.getByLabelText('Note on Drive machine and brake'), 'brake lining worn');
    await user.selectOptions(await screen.findByLabelText('Technician'), 'Lee');
    expect(screen.getByLabelText('Month')).toHaveValue('2026-11');
    await user.click(screen.getByRole('button', { name: 'Save self-inspection' }));

    expect(await screen.findByText('Self-inspection of 2026-11 saved.')).toBeInTheDocument();
    const post = calls.find((c) => c.method === 'POST')!;
    expect(post.body).toEqual({
      visited_on: '2026-11-25',
      month: '2026-11',
      technician_id: 16,
      company_id: 1,
      items: [
        { code: 'SI01', name: 'Machine room', grade: 'A' },
        { code: 'SI02', name: 'Drive machine and brake', grade: 'C', note: 'brake lining worn' },
      ],
    });
    expect(calls.some((c) => c.path === '/api/v1/technicians?company_id=1')).toBe(true);
  });

  it('refuses a visit in the future', async () => {
    const calls = fakeServer({});
    renderConsole(
      <SelfInspectionForm
        registrationNo="9000013"
        companyId={null}
        profile={PROFILE}
        today="2026-11-25"
        onSaved={() => undefined}
        onCancel={() => undefined}
      />,
      { user: TECHNICIAN },
    );
    const user = userEvent.setup();
    const visit = screen.getByLabelText('Visit date');
    await user.clear(visit);
    await user.type(visit, '2026-12-01');
    await user.click(screen.getByRole('button', { name: 'Save self-inspection' }));
    expect(screen.getByText('This cannot be in the future.')).toBeInTheDocument();
    expect(calls.some((c) => c.method === 'POST')).toBe(false);
  });
});
