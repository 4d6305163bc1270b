import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';

import { fakeServer, OWNER, renderConsole, type Call, type Route } from '../test/render';
import { CATALOGUE, FAULTS, OTHER_LIFT, SMALL_LIFT, towerReport } from '../test/tower';
import type { TowerRequest } from './types';

vi.mock('uplot', () => {
  class FakePlot {
    setSize() {}
    destroy() {}
  }
  return { default: FakePlot };
});
const { TowerPage } = await import('./TowerPage');

// The tower's endpoints; a run answers with `run(request)`.
function towerServer(run: (request: TowerRequest) => { status?: number; body: unknown }): Call[] {
  const routes: Record<string, Route> = {
    'GET /api/v1/tower/catalogue': { body: CATALOGUE },
    'GET /api/v1/tower/faults': { body: { items: FAULTS } },
    'POST /api/v1/tower/runs': (call) => run(call.body as TowerRequest),
  };
  return fakeServer(routes);
}

// Fails the tests the chosen faults name, as the server would.
const faithful = (request: TowerRequest) => {
  const failing = (request.faults ?? []).flatMap((name) => FAULTS.find((f) => f.name === name)?.fails ?? []);
  return { body: towerReport(failing, request.faults ?? []) };
};

async function openExample(user: ReturnType<typeof userEvent.setup>, name = 'small-630') {
  await screen.findByRole('option', { name: new RegExp(`\\(${name}\\)`) });
  await user.selectOptions(screen.getByLabelText('Example lift'), name);
  await user.click(screen.getByRole('button', { name: 'Open the example' }));
}

const runs = (calls: Call[]) => calls.filter((c) => c.method === 'POST' && c.path === '/api/v1/tower/runs');

describe('TowerPage', () => {
  it('starts with nothing chosen, and sends nothing without a description', async () => {
    const calls = towerServer(faithful);
    renderConsole(<TowerPage />, { user: OWNER });
    const user = userEvent.setup();
    await screen.findByLabelText(/Worn brake linings/);
    expect(screen.getByLabelText('Example lift')).toHaveValue('');
    expect(screen.getByLabelText('Lift description')).toHaveValue('');
    for (const box of screen.getAllByRole('checkbox')) expect(box).not.toBeChecked();
    expect(screen.getByText('No change.')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Open the example' }));
    expect(screen.getByText('Choose an example first.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Run the tests' }));
    expect(screen.getByLabelText('Lift description')).toHaveAccessibleDescription(
      expect.stringContaining('The description is empty'),
    );
    expect(screen.getByText('Nothing was sent: correct the marked fields first.')).toBeInTheDocument();
    expect(runs(calls)).toHaveLength(0);
  });

  it('opens an example, runs it and shows every test passing; the text is kept for the tab', async () => {
    const calls = towerServer(faithful);
    renderConsole(<TowerPage />, { user: OWNER });
    const user = userEvent.setup();
    await openExample(user);
    expect(screen.getByLabelText('Lift description')).toHaveValue(SMALL_LIFT);
    expect(window.sessionStorage.getItem('hoistway.tower.lift')).toBe(SMALL_LIFT);
    await user.click(screen.getByRole('button', { name: 'Run the tests' }));

    const verdict = await screen.findByTestId('tower-verdict');
    expect(verdict).toHaveTextContent('pass all 3 tests passed.');
    expect(runs(calls)[0]?.body).toEqual({ lift: SMALL_LIFT });
    const table = screen.getByRole('table', { name: 'Tests of the en81-20 suite: Small lift 630' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getAllByRole('cell').at(-2)?.textContent)).toEqual(['✓ pass', '✓ pass', '✓ pass']);
    const traction = within(table).getByRole('row', { name: /traction_loading/ });
    expect(traction).toHaveTextContent('rope tension ratio1.5071 T1/T2');
    expect(traction).toHaveTextContent('<= 2.5056 = e^(f alpha), mu 0.1');
    expect(traction).toHaveTextContent('T1/T2 = 1.5071; the ropes gripped throughout');
    // The units that are not SI are explained.
    expect(screen.getByText(/rope tension ratio: the larger rope tension over the smaller/)).toBeInTheDocument();
    expect(screen.getByText(/standard gravity, 9\.81 m\/s²/)).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Done: pass, 0 of 3 tests failed.');
  });

  it('offers the faults with what they do and what they should fail, and fails those tests', async () => {
    const calls = towerServer(faithful);
    renderConsole(<TowerPage />, { user: OWNER });
    const user = userEvent.setup();
    const brake = await screen.findByLabelText(/Worn brake linings/);
    expect(brake).toHaveAccessibleDescription(
      'each set now gives 55 % of its design torque. Should fail: brake_125, brake_one_set',
    );
    expect(screen.getByLabelText(/Door operator drifting slow/)).toHaveAccessibleDescription(
      expect.stringContaining('Should fail no test'),
    );
    await openExample(user);
    // Chosen out of order, sent in the catalogue's.
    await user.click(screen.getByLabelText(/Worn sheave grooves/));
    await user.click(brake);
    await user.click(screen.getByRole('button', { name: 'Run the tests' }));
    await screen.findByTestId('tower-verdict');
    expect(runs(calls)[0]?.body).toEqual({ lift: SMALL_LIFT, faults: ['worn_brake_lining', 'worn_grooves'] });

    const verdict = screen.getByTestId('tower-verdict');
    expect(verdict).toHaveTextContent('FAIL 2 of 3 tests failed.');
    expect(verdict).toHaveTextContent('Faults injected: worn_brake_lining, worn_grooves.');
    expect(verdict).toHaveTextContent('lift.brake.torque_per_set_nm = 247.5 (--fault worn_brake_lining)');
    const table = screen.getByTestId('tower-tests');
    const failed = within(table).getByRole('row', { name: /brake_125/ });
    // Not by colour alone: the word, its sign and the row's mark.
    expect(failed).toHaveTextContent('✗ FAIL');
    expect(failed).toHaveClass('tower-row-fail');
    expect(failed).toHaveTextContent('no finite value (see the finding)');
    expect(within(table).getByRole('row', { name: /safety_gear/ })).not.toHaveClass('tower-row-fail');
    expect(within(table).getByRole('row', { name: /safety_gear/ })).toHaveTextContent('✓ pass');
  });

  it('marks the results out of date when the inputs change, and current again when they come back', async () => {
    towerServer(faithful);
    renderConsole(<TowerPage />, { user: OWNER });
    const user = userEvent.setup();
    await openExample(user);
    await user.click(screen.getByRole('button', { name: 'Run the tests' }));
    const results = await screen.findByTestId('tower-results');
    expect(results).toHaveAttribute('data-stale', 'false');
    expect(screen.queryByText(/they are out of date/)).toBeNull();

    await user.click(screen.getByLabelText(/Worn sheave grooves/));
    expect(results).toHaveAttribute('data-stale', 'true');
    expect(screen.getByText(/they are out of date/)).toBeInTheDocument();
    expect(within(results).getByRole('heading', { level: 2, name: /^Results/ })).toHaveTextContent('out of date');
    await user.click(screen.getByLabelText(/Worn sheave grooves/));
    expect(results).toHaveAttribute('data-stale', 'false');

    await user.type(screen.getByLabelText('Lift description'), '# note');
    expect(results).toHaveAttribute('data-stale', 'true');
    await user.clear(screen.getByLabelText('Lift description'));
    await user.type(screen.getByLabelText('Lift description'), 'name: other');
    expect(results).toHaveAttribute('data-stale', 'true');

    await user.click(screen.getByRole('button', { name: 'Run the tests' }));
    await waitFor(() => expect(screen.getByTestId('tower-results')).toHaveAttribute('data-stale', 'false'));

    await user.click(screen.getByRole('button', { name: 'Add a change' }));
    expect(screen.getByTestId('tower-results')).toHaveAttribute('data-stale', 'true');
  });

  it('adds KEY=VALUE changes with the catalogue keys and their units, checked before sending', async () => {
    const calls = towerServer(faithful);
    renderConsole(<TowerPage />, { user: OWNER });
    const user = userEvent.setup();
    await openExample(user);
    await user.click(await screen.findByRole('button', { name: 'Add a change' }));
    const change = screen.getByRole('group', { name: 'Change 1' });
    const key = within(change).getByLabelText('Key');
    expect(key).toHaveFocus();
    expect(key).toHaveValue('');
    expect(within(key).getByRole('option', { name: 'lift.brake.torque_per_set_nm (N·m)' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Run the tests' }));
    expect(within(change).getByText('Choose a key.')).toBeInTheDocument();
    expect(within(change).getByText('Enter a value.')).toBeInTheDocument();
    expect(runs(calls)).toHaveLength(0);

    await user.selectOptions(key, 'lift.brake.torque_per_set_nm');
    const value = within(change).getByLabelText('Value (N·m)');
    expect(value).toHaveAccessibleDescription(expect.stringContaining('braking torque of one set [N·m]'));
    await user.type(value, '400');
    await user.click(screen.getByRole('button', { name: 'Run the tests' }));
    await screen.findByTestId('tower-verdict');
    expect(runs(calls)[0]?.body).toEqual({ lift: SMALL_LIFT, set: ['lift.brake.torque_per_set_nm=400'] });

    await user.click(within(change).getByRole('button', { name: 'Remove change 1' }));
    expect(screen.queryByRole('group', { name: 'Change 1' })).toBeNull();
  });

  it('shows the server refusal of a change at that change', async () => {
    towerServer((request) => ({
      status: 400,
      body: {
        error: 'invalid_input',
        field: 'set[1]',
        message: `set[1]: --set ${request.set?.[1]}: lift.buffers.car.stroke_m: expected a number, got 'long'`,
      },
    }));
    renderConsole(<TowerPage />, { user: OWNER });
    const user = userEvent.setup();
    await openExample(user);
    for (const [k, v] of [
      ['lift.rated_load_kg', '800'],
      ['lift.buffers.car.stroke_m', 'long'],
    ] as const) {
      await user.click(screen.getByRole('button', { name: 'Add a change' }));
      const rows = screen.getAllByRole('group', { name: /^Change \d$/ });
      const row = rows[rows.length - 1]!;
      await user.selectOptions(within(row).getByLabelText('Key'), k);
      await user.type(within(row).getByRole('textbox'), v);
    }
    await user.click(screen.getByRole('button', { name: 'Run the tests' }));
    const second = screen.getByRole('group', { name: 'Change 2' });
    expect(await within(second).findByRole('alert')).toHaveTextContent(
      "--set lift.buffers.car.stroke_m=long: lift.buffers.car.stroke_m: expected a number, got 'long'",
    );
    expect(within(second).getByRole('textbox')).toHaveAttribute('aria-invalid', 'true');
    expect(within(screen.getByRole('group', { name: 'Change 1' })).queryByRole('alert')).toBeNull();
    expect(screen.queryByTestId('tower-results')).toBeNull();
  });

  it('marks the line of a bad description and says what is wrong there', async () => {
    towerServer(() => ({
      status: 400,
      body: {
        error: 'invalid_input',
        field: 'lift',
        message: "lift: lift.yaml:5:3: lift.rated_sped_mps: unknown key (did you mean 'rated_speed_mps'?)",
      },
    }));
    const { container } = renderConsole(<TowerPage />, { user: OWNER });
    const user = userEvent.setup();
    await openExample(user);
    await user.click(screen.getByRole('button', { name: 'Run the tests' }));
    const message = await screen.findByTestId('error-at-line');
    expect(message).toHaveTextContent(
      "lift.yaml:5:3: lift.rated_sped_mps: unknown key (did you mean 'rated_speed_mps'?)",
    );
    expect(message).toHaveAttribute('role', 'alert');
    expect(container.querySelector('.gutter-error')).toHaveTextContent('5');
    expect(screen.getByLabelText('Lift description')).toHaveAttribute('aria-invalid', 'true');
    // Opening another example leaves the message behind.
    vi.spyOn(window, 'confirm').mockReturnValue(true);
    await openExample(user, 'other-1000');
    expect(screen.getByLabelText('Lift description')).toHaveValue(OTHER_LIFT);
    expect(screen.queryByTestId('error-at-line')).toBeNull();
  });

  it('loads a file into the editor, refuses one too large, and finds the text of the tab again', async () => {
    towerServer(faithful);
    const { container, unmount } = renderConsole(<TowerPage />, { user: OWNER });
    const user = userEvent.setup();
    await screen.findByLabelText(/Worn brake linings/);
    const input = container.querySelector<HTMLInputElement>('input[type=file]')!;
    expect(screen.getByLabelText('Load a file…')).toBe(input);
    await user.upload(input, new File(['x'.repeat(64 * 1024 + 1)], 'big.yaml', { type: 'text/yaml' }));
    expect(await screen.findByText('The file is larger than 64 KiB.')).toBeInTheDocument();
    await user.upload(input, new File([OTHER_LIFT], 'other.yaml', { type: 'text/yaml' }));
    await waitFor(() => expect(screen.getByLabelText('Lift description')).toHaveValue(OTHER_LIFT));
    expect(screen.queryByText('The file is larger than 64 KiB.')).toBeNull();
    unmount();

    renderConsole(<TowerPage />, { user: OWNER });
    expect(screen.getByLabelText('Lift description')).toHaveValue(OTHER_LIFT);
  });

  it('asks before an example replaces text the user wrote', async () => {
    towerServer(faithful);
    renderConsole(<TowerPage />, { user: OWNER });
    const user = userEvent.setup();
    await screen.findByLabelText(/Worn brake linings/);
    await user.type(screen.getByLabelText('Lift description'), 'name: mine');
    const confirm = vi.spyOn(window, 'confirm').mockReturnValue(false);
    await openExample(user);
    expect(confirm).toHaveBeenCalled();
    expect(screen.getByLabelText('Lift description')).toHaveValue('name: mine');
  });

  it('opens a test to its traces and downloads the report of the results shown', async () => {
    const calls = towerServer(faithful);
    // jsdom has no object URLs.
    const created = vi.fn((_blob: Blob) => 'blob:report');
    Object.assign(URL, { createObjectURL: created, revokeObjectURL: () => undefined });
    renderConsole(<TowerPage />, { user: OWNER });
    const user = userEvent.setup();
    await openExample(user);
    await user.click(screen.getByLabelText(/Worn brake linings/));
    await user.click(screen.getByRole('button', { name: 'Run the tests' }));
    await screen.findByTestId('tower-verdict');

    await user.click(screen.getByRole('button', { name: 'brake_125: show its traces' }));
    const detail = screen.getByTestId('tower-detail');
    expect(within(detail).getByRole('heading', { name: /Test brake_125/ })).toHaveFocus();
    expect(within(detail).getAllByRole('img').map((i) => i.getAttribute('aria-label')?.split('.')[0])).toEqual([
      'Position of the car (m)',
      'Speed (m/s, up is positive)',
      'Acceleration (m/s², up is positive)',
    ]);
    expect(screen.getByRole('button', { name: 'brake_125: show its traces' })).toHaveAttribute('aria-pressed', 'true');
    // The failed list leads to a test too.
    await user.click(within(screen.getByTestId('tower-verdict')).getByRole('button', { name: 'brake_125' }));
    expect(screen.getByTestId('tower-detail')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'brake_125: show its traces' }));
    expect(screen.queryByTestId('tower-detail')).toBeNull();

    // Inputs changed since: the report is still that of the results on screen.
    await user.click(screen.getByLabelText(/Worn brake linings/));
    await user.click(screen.getByRole('button', { name: 'Download the report (HTML)' }));
    await waitFor(() => expect(created).toHaveBeenCalled());
    const download = calls.find((c) => c.path === '/api/v1/tower/runs?format=html');
    expect(download?.body).toEqual({ lift: SMALL_LIFT, faults: ['worn_brake_lining'] });
    expect(screen.getByText('The report is of the results shown, not of the current inputs.')).toBeInTheDocument();
  });
});
