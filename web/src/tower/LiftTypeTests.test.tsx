import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';

import { fakeServer, OWNER, renderConsole } from '../test/render';
import { LiftTypeTests } from './LiftTypeTests';
import type { LiftTypeTests as Doc, TypeTest } from './types';

const MODEL = { id: 3, manufacturer: 'Almaty Lift Works', name: 'MRL-630', created_at: '2026-01-10', type_tests: 2 };

function typeTest(id: number, failed: string[], run_at: string): TypeTest {
  return {
    id,
    model_id: 3,
    run_at,
    suite: 'en81-20',
    lift: 'MRL 630 kg 1.0 m/s',
    verdict: failed.length ? 'fail' : 'pass',
    failed,
    submitted_by: 'demo-inspector',
    changes: failed.length ? { faults: ['worn_brake_lining'] } : {},
    tests: [],
  };
}

describe('LiftTypeTests', () => {
  it("lists the type tests of the lift's model with date, verdict, failed tests and report", async () => {
    const doc: Doc = {
      model: MODEL,
      items: [typeTest(12, ['brake_125', 'brake_one_set'], '2026-11-20T14:05:09Z'), typeTest(7, [], '2026-03-02T09:30:00Z')],
    };
    const calls = fakeServer({
      'GET /api/v1/lifts/9000002/type-tests': { body: doc },
      'GET /api/v1/type-tests/12/report.html': { body: '<!DOCTYPE html>' },
    });
    const created = vi.fn((_blob: Blob) => 'blob:x');
    Object.assign(URL, { createObjectURL: created, revokeObjectURL: () => undefined });
    renderConsole(<LiftTypeTests registrationNo="9000002" />, { user: OWNER });
    const table = await screen.findByRole('table', { name: 'Type tests of Almaty Lift Works MRL-630 (2), newest first' });
    expect(screen.getByText('Model: Almaty Lift Works MRL-630')).toBeInTheDocument();
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows[0]).toHaveTextContent('2026-11-20 14:05');
    expect(rows[0]).toHaveTextContent('✗ FAIL');
    expect(rows[0]).toHaveTextContent('brake_125, brake_one_set');
    expect(rows[0]).toHaveTextContent('(worn_brake_lining)');
    expect(rows[1]).toHaveTextContent('2026-03-02 09:30');
    expect(rows[1]).toHaveTextContent('✓ pass');
    expect(rows[1]).toHaveTextContent('none');

    await userEvent.setup().click(within(rows[0]!).getByRole('button', { name: 'HTML report of type test 12' }));
    await waitFor(() => expect(created).toHaveBeenCalled());
    expect(calls.some((c) => c.path === '/api/v1/type-tests/12/report.html')).toBe(true);
  });

  it('says so when the model is not registered, or has no type test', async () => {
    fakeServer({ 'GET /api/v1/lifts/9000001/type-tests': { body: { model: null, items: [] } } });
    const first = renderConsole(<LiftTypeTests registrationNo="9000001" />, { user: OWNER });
    expect(await screen.findByText("This lift's model is not registered: no type test to show.")).toBeInTheDocument();
    first.unmount();

    fakeServer({ 'GET /api/v1/lifts/9000003/type-tests': { body: { model: MODEL, items: [] } } });
    renderConsole(<LiftTypeTests registrationNo="9000003" />, { user: OWNER });
    expect(await screen.findByText('No type test is recorded for this model.')).toBeInTheDocument();
    expect(screen.queryByRole('table')).toBeNull();
  });
});
