import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';

import type { SignedInUser } from '../api/types';
import { fakeServer, INSPECTOR, OWNER, renderConsole, TECHNICIAN, type Call, type Route } from '../test/render';
import { CATALOGUE, FAULTS, SMALL_LIFT, towerReport } from '../test/tower';
import type { LiftModelListed, TowerRequest, TypeTest } from './types';

vi.mock('uplot', () => ({
  default: class {
    setSize() {}
    destroy() {}
  },
}));
const { TowerPage } = await import('./TowerPage');
const { RecordTypeTest } = await import('./RecordTypeTest');

const ADMIN: SignedInUser = { name: 'root', role: 'admin', company_id: null };

const MODELS: LiftModelListed[] = [
  {
    id: 3,
    manufacturer: 'Almaty Lift Works',
    name: 'MRL-630',
    created_at: '2026-01-10T08:00:00Z',
    type_tests: 2,
    latest: { id: 7, run_at: '2026-11-02T09:30:00Z', verdict: 'pass' },
  },
  {
    id: 4,
    manufacturer: 'Almaty Lift Works',
    name: 'MR-1000',
    created_at: '2026-01-10T08:00:00Z',
    type_tests: 0,
    latest: null,
  },
];

function stored(request: TowerRequest, modelId: number): TypeTest {
  const failing = request.faults?.includes('worn_brake_lining') ? ['brake_125'] : [];
  return {
    id: 41,
    model_id: modelId,
    run_at: '2026-11-25T10:00:00Z',
    suite: 'en81-20',
    lift: 'Small lift 630',
    verdict: failing.length ? 'fail' : 'pass',
    failed: failing,
    submitted_by: 'kim',
    changes: { faults: request.faults ?? [] },
    tests: [],
  };
}

// What GET /me says the user may do: admins and inspectors record inspections
// (and so type tests), as the server's policy says.
function me(who: SignedInUser) {
  const records = who.role === 'admin' || who.role === 'inspector';
  return {
    ...who,
    technician_id: null,
    permissions: records ? ['read_registry', 'record_inspection', 'use_workbench'] : ['read_registry', 'use_workbench'],
  };
}

function server(extra: Record<string, Route> = {}, who: SignedInUser = INSPECTOR): Call[] {
  return fakeServer({
    'GET /api/v1/me': { body: me(who) },
    'GET /api/v1/tower/catalogue': { body: CATALOGUE },
    'GET /api/v1/tower/faults': { body: { items: FAULTS } },
    'POST /api/v1/tower/runs': (call) => {
      const request = call.body as TowerRequest;
      return { body: towerReport(request.faults?.includes('worn_brake_lining') ? ['brake_125'] : [], request.faults) };
    },
    'GET /api/v1/models': (call) => {
      const q = new URL(call.path, 'http://x').searchParams.get('q') ?? '';
      const items = MODELS.filter((m) => `${m.manufacturer} ${m.name}`.toLowerCase().includes(q.toLowerCase()));
      return { body: { items, total: items.length, page: 1, per_page: 20 } };
    },
    'POST /api/v1/models/3/type-tests': (call) => ({ status: 201, body: stored(call.body as TowerRequest, 3) }),
    ...extra,
  });
}

async function runExample(user: ReturnType<typeof userEvent.setup>, fault = false) {
  await screen.findByRole('option', { name: /\(small-630\)/ });
  await user.selectOptions(screen.getByLabelText('Example lift'), 'small-630');
  await user.click(screen.getByRole('button', { name: 'Open the example' }));
  if (fault) await user.click(screen.getByLabelText(/Worn brake linings/));
  await user.click(screen.getByRole('button', { name: 'Run the tests' }));
  await screen.findByTestId('tower-verdict');
}

describe('recording a type test', () => {
  it.each([
    [ADMIN, true],
    [INSPECTOR, true],
    [TECHNICIAN, false],
    [OWNER, false],
  ])('is offered to %o: %s', async (user, offered) => {
    server({}, user);
    renderConsole(<TowerPage />, { user });
    await runExample(userEvent.setup());
    expect(screen.queryByRole('heading', { name: 'Record as a type test of a model' }) !== null).toBe(offered);
  });

  it('chooses a model by search (none at first), asks to confirm and shows the stored record', async () => {
    const calls = server();
    renderConsole(<TowerPage />, { user: INSPECTOR });
    const user = userEvent.setup();
    await runExample(user, true);
    const section = screen.getByTestId('record-type-test');
    expect(within(section).getByTestId('chosen-model')).toHaveTextContent('No model chosen yet.');
    expect(within(section).queryByRole('button', { name: 'Record as a type test…' })).toBeNull();

    await user.type(within(section).getByLabelText('Find a lift model'), 'mrl');
    await user.click(within(section).getByRole('button', { name: 'Search' }));
    const choice = await within(section).findByRole('radio', { name: 'Almaty Lift Works MRL-630' });
    expect(calls.some((c) => c.path === '/api/v1/models?q=mrl&per_page=20')).toBe(true);
    expect(choice).not.toBeChecked();
    expect(choice).toHaveAccessibleDescription('2 type test(s), the latest 2026-11-02: pass');
    await user.click(choice);
    expect(within(section).getByTestId('chosen-model')).toHaveTextContent('Model chosen: Almaty Lift Works MRL-630');

    await user.click(within(section).getByRole('button', { name: 'Record as a type test…' }));
    const confirm = within(section).getByRole('group', { name: /Record the run of Small lift 630/ });
    expect(confirm).toHaveTextContent(
      'Record the run of Small lift 630 as a type test of Almaty Lift Works MRL-630? It is recorded with the fault worn_brake_lining.',
    );
    expect(calls.some((c) => c.path.endsWith('/type-tests'))).toBe(false);
    await user.click(within(confirm).getByRole('button', { name: 'Confirm: record it' }));

    const recorded = await within(section).findByTestId('type-test-recorded');
    expect(recorded).toHaveTextContent(
      'Recorded: type test 41 of Almaty Lift Works MRL-630, verdict ✗ FAIL Failed: brake_125.',
    );
    expect(within(recorded).getByRole('button', { name: 'HTML report of type test 41' })).toBeInTheDocument();
    expect(calls.find((c) => c.path === '/api/v1/models/3/type-tests')?.body).toEqual({
      lift: SMALL_LIFT,
      faults: ['worn_brake_lining'],
    });
  });

  it('registers a new model, checking its fields and showing the server refusal at the name', async () => {
    let exists = true;
    const calls = fakeServer({
      'POST /api/v1/models': (call) =>
        exists
          ? {
              status: 409,
              body: {
                error: 'conflict',
                field: 'name',
                message: 'name: Almaty Lift Works MRL-630 is already registered as model 3',
              },
            }
          : { status: 201, body: { id: 9, created_at: 'x', type_tests: 0, ...(call.body as object) } },
    });
    renderConsole(<RecordTypeTest request={{ lift: SMALL_LIFT }} lift="Small lift 630" stale={false} />, {
      user: ADMIN,
    });
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Register a new lift model…' }));
    await user.click(screen.getByRole('button', { name: 'Register the model' }));
    expect(screen.getByLabelText('Manufacturer')).toHaveAccessibleDescription('Enter the manufacturer.');
    expect(screen.getByLabelText('Manufacturer')).toHaveFocus();
    expect(screen.getByLabelText('Model name')).toHaveAccessibleDescription("Enter the model's name.");
    expect(calls.some((c) => c.method === 'POST')).toBe(false);

    await user.type(screen.getByLabelText('Manufacturer'), 'Almaty Lift Works');
    await user.type(screen.getByLabelText('Model name'), 'MRL-630');
    await user.click(screen.getByRole('button', { name: 'Register the model' }));
    await waitFor(() =>
      expect(screen.getByLabelText('Model name')).toHaveAccessibleDescription(
        'Almaty Lift Works MRL-630 is already registered as model 3',
      ),
    );
    expect(screen.getByRole('alert')).toHaveTextContent('already registered');

    exists = false;
    await user.clear(screen.getByLabelText('Model name'));
    await user.type(screen.getByLabelText('Model name'), 'MRL-630 B');
    await user.click(screen.getByRole('button', { name: 'Register the model' }));
    expect(await screen.findByTestId('chosen-model')).toHaveTextContent('Model chosen: Almaty Lift Works MRL-630 B');
    expect(calls.filter((c) => c.method === 'POST').map((c) => c.body)).toEqual([
      { manufacturer: 'Almaty Lift Works', name: 'MRL-630' },
      { manufacturer: 'Almaty Lift Works', name: 'MRL-630 B' },
    ]);
    expect(screen.getByRole('button', { name: 'Record as a type test…' })).toBeEnabled();
  });

  it('records nothing from results that are out of date', async () => {
    fakeServer({ 'GET /api/v1/models': { body: { items: MODELS, total: 2, page: 1, per_page: 20 } } });
    renderConsole(<RecordTypeTest request={{ lift: SMALL_LIFT }} lift="Small lift 630" stale />, { user: ADMIN });
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Search' }));
    await user.click(await screen.findByRole('radio', { name: 'Almaty Lift Works MR-1000' }));
    expect(screen.getByRole('radio', { name: 'Almaty Lift Works MR-1000' })).toHaveAccessibleDescription(
      'no type test yet',
    );
    expect(screen.getByText(/run the tests again before recording them/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Record as a type test…' })).toBeDisabled();
  });
});
