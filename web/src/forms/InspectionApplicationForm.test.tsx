import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { fakeServer, OWNER, renderConsole } from '../test/render';
import { InspectionApplicationForm } from './InspectionApplicationForm';
import { applicationBody, initialApplication, validateApplication } from './inspectionApplication';

const TODAY = '2026-11-25';

function renderForm() {
  return renderConsole(
    <InspectionApplicationForm
      registrationNo="9000001"
      kinds={['installation', 'periodic', 'adhoc', 'precision']}
      today={TODAY}
      onSaved={() => undefined}
      onCancel={() => undefined}
    />,
    { user: OWNER },
  );
}

describe('applications for an inspection', () => {
  it('start with no kind chosen, and take a preferred day from today to a year ahead', () => {
    expect(validateApplication(initialApplication(), TODAY)).toEqual({ kind: 'application.error.kind' });
    const v = { ...initialApplication(), kind: 'periodic' as const };
    expect(validateApplication(v, TODAY)).toEqual({});
    expect(validateApplication({ ...v, preferredOn: '2026-11-24' }, TODAY)).toEqual({ preferredOn: 'application.error.past' });
    expect(validateApplication({ ...v, preferredOn: '2027-11-26' }, TODAY)).toEqual({});
    expect(validateApplication({ ...v, preferredOn: '2027-11-27' }, TODAY)).toEqual({
      preferredOn: 'application.error.tooFar',
    });
    expect(validateApplication({ ...v, preferredOn: '2026-02-30' }, TODAY)).toEqual({ preferredOn: 'form.error.date' });
    expect(applicationBody({ ...v, note: ' before winter ' })).toEqual({ kind: 'periodic', preferred_on: '', note: 'before winter' });
  });

  it("list what is missing with focus, show the server's refusal at the field, then confirm", async () => {
    let answer = 0;
    const calls = fakeServer({
      'POST /api/v1/lifts/9000001/inspection-applications': () =>
        ++answer === 1
          ? {
              status: 400,
              body: {
                error: 'invalid_input', status: 400, field: 'kind',
                message: 'kind: lift 9000001 has not had its installation inspection: apply for that first',
                problem: 'lift 9000001 has not had its installation inspection: apply for that first',
              },
            }
          : {
              status: 201,
              body: {
                id: 4, registration_no: '9000001', kind: 'installation', preferred_on: '2026-12-01', note: '',
                applied_by: 'owner', applied_at: '2026-11-25T09:30:00Z', status: 'open', inspection_id: null,
                inspected_on: '',
              },
            },
    });
    renderForm();
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Apply' }));
    const summary = screen.getByRole('alert');
    expect(screen.getByRole('radio', { name: 'installation' })).toHaveFocus(); // the field, not the summary
    expect(summary).toHaveTextContent('Kind of inspection: Choose the kind of inspection.');
    expect(calls.some((c) => c.method === 'POST')).toBe(false);

    await user.click(screen.getByRole('radio', { name: 'periodic' }));
    await user.type(screen.getByLabelText('Preferred day'), '2026-12-01');
    await user.click(screen.getByRole('button', { name: 'Apply' }));
    expect(await screen.findByText(/has not had its installation inspection/, { selector: '#application-kind-error' })).toBeInTheDocument();

    await user.click(screen.getByRole('radio', { name: 'installation' }));
    await user.click(screen.getByRole('button', { name: 'Apply' }));
    expect(await screen.findByText('Application sent.')).toBeInTheDocument();
    expect(calls.filter((c) => c.method === 'POST').map((c) => c.body)).toEqual([
      { kind: 'periodic', preferred_on: '2026-12-01', note: '' },
      { kind: 'installation', preferred_on: '2026-12-01', note: '' },
    ]);
  });
});
