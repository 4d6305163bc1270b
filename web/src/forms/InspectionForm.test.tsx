import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';

import { CHECKLIST, PROFILE } from '../test/profile';
import { fakeServer, INSPECTOR, renderConsole, type Route } from '../test/render';
import { InspectionForm } from './InspectionForm';

const TODAY = '2026-11-25';
const CHECKLIST_ROUTE = 'GET /api/v1/lifts/9000002/checklist?kind=periodic';

function renderForm(onSaved = vi.fn(), language: 'en' | 'ru' = 'en') {
  renderConsole(
    <InspectionForm
      registrationNo="9000002"
      liftVersion={7}
      profile={PROFILE}
      today={TODAY}
      onSaved={onSaved}
      onCancel={() => undefined}
    />,
    { user: INSPECTOR, language },
  );
  return onSaved;
}

function server(extra: Record<string, Route> = {}) {
  return fakeServer({ [CHECKLIST_ROUTE]: { body: CHECKLIST }, ...extra });
}

async function choosePeriodic(user: ReturnType<typeof userEvent.setup>) {
  await user.selectOptions(screen.getByLabelText('Kind of inspection'), 'periodic');
  await screen.findByRole('table', { name: 'Car' });
}

describe('InspectionForm', () => {
  it('starts with nothing chosen, then shows the checklist of the kind chosen, by part', async () => {
    const calls = server();
    renderForm();
    expect(screen.getByLabelText('Kind of inspection')).toHaveValue('');
    expect(screen.getByLabelText('Date')).toHaveValue('');
    expect(screen.getByLabelText('Inspector')).toHaveValue('kim');
    expect(within(screen.getByRole('group', { name: 'Verdict' })).getAllByRole('radio').every((r) => !(r as HTMLInputElement).checked)).toBe(true);
    const user = userEvent.setup();
    await choosePeriodic(user);
    expect(calls.some((c) => c.path === '/api/v1/lifts/9000002/checklist?kind=periodic')).toBe(true);
    expect(screen.getByText('Machine room', { selector: '.part-name' })).toBeInTheDocument(); // the parts
    expect(screen.getByLabelText('Result of Brake test')).toHaveValue('');
    expect(screen.getByLabelText('Measured value of Stopping accuracy (mm)')).toBeInTheDocument();
    expect(screen.queryByLabelText(/Measured value of Brake test/)).toBeNull(); // it measures nothing
    expect(screen.getByText('0 of 3 items answered')).toBeInTheDocument();
  });

  it('lists every problem at the top and moves the focus to the first field in error, sending nothing', async () => {
    const calls = server();
    renderForm();
    const user = userEvent.setup();
    await choosePeriodic(user);
    await user.type(screen.getByLabelText('Measured value of Door closing force (N)'), 'abc');
    await user.click(screen.getByRole('button', { name: 'Save inspection' }));
    const summary = screen.getByRole('alert');
    expect(screen.getByLabelText('Date')).toHaveFocus(); // the first on the page, not the first checked
    await user.type(screen.getByLabelText('Date'), TODAY);
    await user.click(screen.getByRole('button', { name: 'Save inspection' }));
    expect(screen.getByRole('radio', { name: 'pass' })).toHaveFocus(); // now the verdict comes first
    screen.getByLabelText('Notes').focus();
    expect(within(summary).getByText(/Verdict: Choose a verdict\./)).toBeInTheDocument();
    expect(within(summary).getByText(/C05 Brake test: Choose a result\./)).toBeInTheDocument();
    expect(screen.getByLabelText('Measured value of Door closing force (N)')).toHaveAttribute('aria-invalid', 'true');
    await user.click(within(summary).getByText(/C05 Brake test: Choose a result/));
    expect(screen.getByLabelText('Result of Brake test')).toHaveFocus();
    expect(calls.filter((c) => c.method === 'POST')).toEqual([]);
  });

  it('flags a reading beyond its limit at once, and takes keyboard entry and "all remaining pass"', async () => {
    server();
    renderForm();
    const user = userEvent.setup();
    await choosePeriodic(user);
    await user.type(screen.getByLabelText('Measured value of Stopping accuracy (mm)'), '12');
    expect(screen.getByText('Beyond the limit')).toBeInTheDocument();
    screen.getByLabelText('Result of Brake test').focus();
    await user.keyboard('p');
    expect(screen.getByLabelText('Result of Brake test')).toHaveValue('pass');
    expect(screen.getByLabelText('Result of Stopping accuracy')).toHaveFocus(); // the next item
    await user.click(screen.getByRole('button', { name: /All remaining items pass/ }));
    expect(screen.getByLabelText('Result of Door closing force')).toHaveValue('pass');
    expect(screen.getByLabelText('Result of Stopping accuracy')).toHaveValue(''); // beyond its limit: yours to decide
  });

  it('records a conditional pass with a described defect and shows the remediation deadline', async () => {
    const calls = server({
      'POST /api/v1/lifts/9000002/inspections': {
        status: 201,
        body: {
          id: 9, registration_no: '9000002', kind: 'periodic', date: TODAY, result: 'conditional', inspector: 'kim',
          notes: '', items: [], valid_from: TODAY, valid_until: '2027-11-24', remediation_until: '2027-01-24', created_at: '',
        },
      },
    });
    const onSaved = renderForm();
    const user = userEvent.setup();
    await choosePeriodic(user);
    await user.type(screen.getByLabelText('Date'), TODAY);
    await user.click(screen.getByRole('radio', { name: 'conditional pass' }));
    expect(screen.getByText(/remediation window of 60 days/)).toBeInTheDocument();
    await user.type(screen.getByLabelText('Measured value of Stopping accuracy (mm)'), '12');
    await user.selectOptions(screen.getByLabelText('Result of Stopping accuracy'), 'defect');
    await user.type(screen.getByLabelText('Note on Stopping accuracy'), 'stops 12 mm low');
    await user.click(screen.getByRole('button', { name: /All remaining items pass/ }));
    await user.click(screen.getByRole('button', { name: 'Save inspection' }));

    const saved = await screen.findByRole('status');
    expect(within(saved).getByText('Inspection saved: conditional pass')).toBeInTheDocument();
    expect(within(saved).getByTestId('saved-remediation-until')).toHaveTextContent('2027-01-24');
    expect(onSaved).toHaveBeenCalledOnce();
    const post = calls.find((c) => c.method === 'POST')!;
    expect(post.headers['If-Match']).toBe('"v7"');
    expect(post.body).toMatchObject({
      kind: 'periodic',
      result: 'conditional',
      items: [
        { code: 'C05', result: 'pass' },
        { code: 'C01', result: 'defect', measured: 12, note: 'stops 12 mm low' },
        { code: 'C02', result: 'pass' },
      ],
    });
  });

  it("shows the server's refusal of a field at that field (items[2].note -> the third item's note)", async () => {
    server({
      'POST /api/v1/lifts/9000002/inspections': {
        status: 400,
        body: {
          error: 'invalid_input', status: 400, message: 'items[2].note: a defect needs a note describing it',
          field: 'items[2].note', problem: 'a defect needs a note describing it',
        },
      },
    });
    renderForm();
    const user = userEvent.setup();
    await choosePeriodic(user);
    await user.type(screen.getByLabelText('Date'), TODAY);
    await user.click(screen.getByRole('radio', { name: 'pass' }));
    await user.click(screen.getByRole('button', { name: /All remaining items pass/ }));
    await user.click(screen.getByRole('button', { name: 'Save inspection' }));
    const note = screen.getByLabelText('Note on Door closing force');
    expect(await screen.findByText('a defect needs a note describing it', { selector: `#${note.id}-error` })).toBeInTheDocument();
    expect(note).toHaveAttribute('aria-invalid', 'true');
    expect(note).toHaveFocus(); // when the answer comes, not only at the next attempt
  });

  it("moves the focus to the field the server refuses (items[2].measured) when its answer comes", async () => {
    server({
      'POST /api/v1/lifts/9000002/inspections': {
        status: 400,
        body: {
          error: 'invalid_input', status: 400, message: 'items[2].measured: beyond the limit',
          field: 'items[2].measured', problem: 'beyond the limit',
        },
      },
    });
    renderForm();
    const user = userEvent.setup();
    await choosePeriodic(user);
    await user.type(screen.getByLabelText('Date'), TODAY);
    await user.click(screen.getByRole('radio', { name: 'pass' }));
    await user.type(screen.getByLabelText('Measured value of Door closing force (N)'), '100');
    await user.click(screen.getByRole('button', { name: /All remaining items pass/ }));
    await user.selectOptions(screen.getByLabelText('Result of Stopping accuracy'), 'pass');
    const save = screen.getByRole('button', { name: 'Save inspection' });
    await user.click(save);
    const measured = screen.getByLabelText('Measured value of Door closing force (N)');
    await waitFor(() => expect(measured).toHaveFocus());
    expect(measured).toHaveAttribute('aria-invalid', 'true');
    expect(within(screen.getByRole('alert')).getByText(/C02 Door closing force: beyond the limit/)).toBeInTheDocument();
  });

  it('names the parts and items in the reader\'s language', async () => {
    server();
    renderForm(vi.fn(), 'ru');
    const user = userEvent.setup();
    await user.selectOptions(screen.getByLabelText('Вид освидетельствования'), 'periodic');
    expect(await screen.findByText('Машинное помещение', { selector: '.part-name' })).toBeInTheDocument();
    expect(screen.getByText('Точность остановки')).toBeInTheDocument();
  });
});
