import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { fakeServer, OWNER, renderConsole, type Call } from '../test/render';
import type { SimulationJob } from './types';

vi.mock('./SimulationResults', () => ({
  SimulationResults: ({ report, stale, onPin }: { report: { building: string }; stale?: boolean; onPin?: () => void }) => (
    <div>
      <p>results of {report.building}</p>
      {stale && <p>stale results</p>}
      {onPin && (
        <button type="button" onClick={onPin}>
          Pin for comparison
        </button>
      )}
    </div>
  ),
}));
vi.mock('./ComparisonResults', () => ({
  ComparisonResults: ({ comparison }: { comparison: { runs: number } }) => (
    <p>comparison of {comparison.runs} runs</p>
  ),
}));
const { WorkbenchPage } = await import('./WorkbenchPage');

const JOB: SimulationJob = {
  id: 'abc123',
  status: 'running',
  progress: 0.25,
  cancel_requested: false,
  building: 'Sixteen-floor office, morning up-peak',
  seed: 1,
  runs: 3,
};

describe('WorkbenchPage', () => {
  beforeEach(() => vi.useFakeTimers({ shouldAdvanceTime: true }));
  afterEach(() => vi.useRealTimers());

  it('starts with the example building and shows the loader line of a bad one under it', async () => {
    fakeServer({
      'POST /api/v1/workbench/rtt': {
        status: 400,
        body: {
          error: 'invalid_input',
          field: 'building',
          message: "building.yaml:31:7: groups[0].car.rated_sped_mps: unknown key (did you mean 'rated_speed_mps'?)",
        },
      },
    });
    renderConsole(<WorkbenchPage />, { user: OWNER });
    const text = screen.getByLabelText('Building description');
    expect((text as HTMLTextAreaElement).value).toContain('Sixteen-floor office');
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    await user.click(screen.getByRole('button', { name: 'Calculate round-trip time' }));
    expect(await screen.findByText(/^building\.yaml:31:7: /)).toBeInTheDocument();
    expect(text).toHaveAttribute('aria-invalid', 'true');
  });

  it('checks runs before asking the server', async () => {
    const calls = fakeServer({});
    renderConsole(<WorkbenchPage />, { user: OWNER });
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    const runs = screen.getByLabelText('Runs');
    await user.clear(runs);
    await user.type(runs, '21');
    await user.click(screen.getByRole('button', { name: 'Simulate' }));
    expect(screen.getByText('A whole number from 1 to 20.')).toBeInTheDocument();
    expect(calls.some((c) => c.method === 'POST')).toBe(false);
  });

  it('runs a simulation with a progress bar, polls it to the end, and can cancel one', async () => {
    let job: SimulationJob = { ...JOB };
    const calls: Call[] = fakeServer({
      'POST /api/v1/workbench/simulations': () => ({ status: 202, body: job }),
      'GET /api/v1/workbench/simulations/abc123': () => ({ body: job }),
      'DELETE /api/v1/workbench/simulations/abc123': () => {
        job = { ...job, status: 'cancelled', cancel_requested: true };
        return { body: job };
      },
    });
    renderConsole(<WorkbenchPage />, { user: OWNER });
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    const runs = screen.getByLabelText('Runs');
    await user.clear(runs);
    await user.type(runs, '3');
    await user.click(screen.getByRole('button', { name: 'Simulate' }));

    const bar = await screen.findByRole('progressbar', { name: 'Simulation progress' });
    expect(bar).toHaveAttribute('aria-valuenow', '25');
    expect(calls.find((c) => c.method === 'POST')?.body).toMatchObject({ seed: 1, runs: 3 });
    expect(screen.getByRole('button', { name: 'Simulate' })).toBeDisabled();

    job = { ...job, progress: 0.6 };
    await act(() => vi.advanceTimersByTimeAsync(800));
    expect(bar).toHaveAttribute('aria-valuenow', '60');

    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(await screen.findByText('cancelled')).toBeInTheDocument();
    expect(screen.queryByRole('progressbar')).toBeNull();
    expect(calls.some((c) => c.method === 'DELETE')).toBe(true);
    expect(screen.getByRole('button', { name: 'Simulate' })).toBeEnabled();
  });

  it('shows the results when the job is done, and finds the job again after a reload', async () => {
    window.sessionStorage.setItem('hoistway.workbench.job', 'abc123');
    fakeServer({
      'GET /api/v1/workbench/simulations/abc123': {
        body: {
          ...JOB,
          status: 'done',
          progress: 1,
          result: { report: { building: 'Sixteen-floor office, morning up-peak' }, timeline: {} },
        },
      },
    });
    renderConsole(<WorkbenchPage />, { user: OWNER });
    expect(await screen.findByText('results of Sixteen-floor office, morning up-peak')).toBeInTheDocument();
    expect(screen.getByTestId('job-status')).toHaveTextContent('done');
  });

  it('marks the line an error names, and takes the user there', async () => {
    fakeServer({
      'POST /api/v1/workbench/rtt': {
        status: 400,
        body: { error: 'invalid_input', field: 'building', message: 'building.yaml:31:7: groups[0].car.x: unknown key' },
      },
    });
    renderConsole(<WorkbenchPage />, { user: OWNER });
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    await user.click(screen.getByRole('button', { name: 'Calculate round-trip time' }));
    const go = await screen.findByRole('button', { name: 'Go to line 31' });
    expect(screen.getByTestId('line-numbers').querySelector('.bad-line')).toHaveTextContent('31');
    await user.click(go);
    const text = screen.getByLabelText('Building description') as HTMLTextAreaElement;
    expect(text).toHaveFocus();
    const selected = text.value.slice(text.selectionStart, text.selectionEnd);
    expect(selected).toBe(text.value.split('\n')[30]);
  });

  it('writes the form into the text', async () => {
    fakeServer({});
    renderConsole(<WorkbenchPage />, { user: OWNER });
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    const cars = screen.getByLabelText('Cars of group A');
    expect(cars).toHaveValue(8);
    await user.clear(cars);
    await user.type(cars, '6');
    const text = screen.getByLabelText('Building description') as HTMLTextAreaElement;
    expect(text.value).toContain('cars: 6');
    await user.selectOptions(screen.getByLabelText('Call model of group A'), 'destination');
    await user.selectOptions(screen.getByLabelText('Group control of group A'), 'etd');
    expect(text.value).toMatch(/call_model: destination/);
    expect(text.value).toMatch(/dispatcher: etd/);
    // Double decks, and back to one deck (the key goes away).
    const decks = screen.getByLabelText('Decks of the cars of group A');
    await user.selectOptions(decks, 'double');
    expect(text.value).toMatch(/deck: double/);
    await user.selectOptions(decks, 'single');
    expect(text.value).not.toMatch(/deck:/);
    // And the other way round: the form follows the text.
    await user.clear(text);
    await user.type(text, 'groups: [[');
    expect(screen.getByText(/cannot be read as YAML or JSON/)).toBeInTheDocument();
  });

  it('marks results stale when the text changes, pins them, and compares the next design with them', async () => {
    window.sessionStorage.removeItem('hoistway.workbench.pinned');
    const done = (id: string, comparison?: object): SimulationJob => ({
      ...JOB,
      id,
      status: 'done',
      progress: 1,
      result: {
        report: { building: 'Sixteen-floor office, morning up-peak', seed: 1, runs: 3 } as never,
        timeline: {} as never,
        ...(comparison ? { comparison: comparison as never, baseline_timeline: {} as never } : {}),
      },
    });
    let job = done('first');
    const calls = fakeServer({
      'POST /api/v1/workbench/simulations': () => ({ status: 202, body: job }),
      'GET /api/v1/workbench/simulations/first': () => ({ body: job }),
      'GET /api/v1/workbench/simulations/second': () => ({ body: job }),
    });
    renderConsole(<WorkbenchPage />, { user: OWNER });
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    await user.click(screen.getByRole('button', { name: 'Simulate' }));
    expect(await screen.findByText('results of Sixteen-floor office, morning up-peak')).toBeInTheDocument();
    expect(screen.queryByText('stale results')).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Pin for comparison' }));
    expect(screen.getByTestId('pinned')).toHaveTextContent('Pinned: Sixteen-floor office, morning up-peak (collective), 3 run(s), seed 1.');
    const pinnedText = (screen.getByLabelText('Building description') as HTMLTextAreaElement).value;

    const cars = screen.getByLabelText('Cars of group A');
    await user.clear(cars);
    await user.type(cars, '6');
    expect(screen.getByText('stale results')).toBeInTheDocument();

    job = done('second', { runs: 3 });
    await user.click(screen.getByRole('button', { name: 'Compare with the pinned result' }));
    const post = calls.filter((c) => c.method === 'POST').at(-1);
    expect(post?.body).toMatchObject({ seed: 1, runs: 3, baseline: pinnedText });
    expect((post?.body as { building: string }).building).toContain('cars: 6');
    expect(await screen.findByText('comparison of 3 runs')).toBeInTheDocument();
    expect(screen.queryByText('stale results')).toBeNull();
  });
});
