// The tower's charts hand uPlot the trace, its units, the limit and the
// events (uPlot itself draws on a canvas, which jsdom has not: it is
// replaced by a recorder here).
import { screen, within } from '@testing-library/react';
import type uPlot from 'uplot';
import { beforeEach, describe, expect, it, vi } from 'vitest';

import { renderConsole } from '../test/render';
import { towerReport } from '../test/tower';

const made: { options: uPlot.Options; data: uPlot.AlignedData }[] = [];

vi.mock('uplot', () => {
  class FakePlot {
    constructor(options: uPlot.Options, data: uPlot.AlignedData) {
      made.push({ options, data });
    }
    setSize() {}
    destroy() {}
  }
  return { default: FakePlot };
});

const { TraceChart, eventsPlugin } = await import('./TraceChart');
const { RunsPanel } = await import('./RunsPanel');
const { TestDetail } = await import('./TestDetail');
const { eventMarkers } = await import('./traceData');

const report = towerReport();
const gear = report.tests.find((x) => x.id === 'safety_gear')!;

describe('tower charts', () => {
  beforeEach(() => {
    made.length = 0;
  });

  it('draws the acceleration with its limit as a second, dashed line, axes in units', () => {
    renderConsole(
      <TraceChart trace={gear.trace!} quantity="acceleration" markers={eventMarkers(gear.events)} syncKey="k" />,
    );
    const { options, data } = made[0]!;
    expect(data).toEqual([
      [0, 0.1, 0.2, 0.3],
      [0, 2, 5, 0],
      [9.81, 9.81, 9.81, 9.81],
    ]);
    expect(options.axes?.map((a) => a.label)).toEqual(['time (s)', 'acceleration (m/s²)']);
    expect(options.series.map((s) => s.label)).toEqual(['time (s)', 'acceleration (m/s²)', 'limit 9.81 m/s²']);
    expect(options.series[2]?.dash).toEqual([8, 5]);
    expect(options.cursor?.sync?.key).toBe('k');
    expect(
      screen.getByRole('img', {
        name: /Acceleration \(m\/s², up is positive\)\. .*from 0\.00 s to 0\.30 s\. The dashed line is the limit, 9\.81 m\/s²\. 1 events marked/,
      }),
    ).toBeInTheDocument();
  });

  it('has no limit line where the test has none', () => {
    renderConsole(<TraceChart trace={gear.trace!} quantity="speed" markers={[]} syncKey="k" />);
    expect(made[0]!.data).toHaveLength(2);
    expect(made[0]!.options.axes?.[1]?.label).toBe('speed (m/s)');
  });

  it('marks each event with its number where it happened', () => {
    const calls: string[] = [];
    const ctx = new Proxy(
      {},
      {
        get: (_target, name) => (...args: unknown[]) => calls.push(`${String(name)}(${args.join(',')})`),
        set: () => true,
      },
    ) as CanvasRenderingContext2D;
    const u = {
      ctx,
      bbox: { left: 50, top: 10, width: 400, height: 200 },
      scales: { x: { min: 0, max: 1 } },
      valToPos: (v: number) => 50 + v * 400,
    } as unknown as uPlot;
    const plugin = eventsPlugin([
      { n: 1, time_s: 0.25, position_m: 0, what: 'a' },
      { n: 2, time_s: 2, position_m: 0, what: 'beyond the chart' },
    ]);
    const draw = plugin.hooks.draw;
    (Array.isArray(draw) ? draw : [draw]).forEach((hook) => hook?.(u));
    expect(calls).toContain('moveTo(150,24)');
    expect(calls).toContain('lineTo(150,210)');
    expect(calls).toContain('fillText(1,150,11)');
    expect(calls.some((c) => c.startsWith('fillText(2'))).toBe(false);
  });

  it('shows a test with its figures, numbered events and three charts', () => {
    const brake = towerReport(['brake_125']).tests[0]!;
    renderConsole(<TestDetail test={brake} />);
    expect(made).toHaveLength(3);
    expect(screen.getByText('mean retardation while braking')).toBeInTheDocument();
    expect(screen.getByText('-0.284 m/s²')).toBeInTheDocument();
    const events = screen.getAllByRole('listitem');
    expect(events.map((e) => e.textContent)).toEqual([
      '0.050 s, car at 17.950 m: stop commanded',
      '0.150 s, car at 17.830 m: brake acts with 2 set(s)',
    ]);
    expect(screen.getByText('no finite value (see the finding)')).toBeInTheDocument();
  });

  it('shows a normal run with speed, acceleration and jerk, and its ride figures with units', () => {
    renderConsole(<RunsPanel runs={report.runs} />);
    expect(made.map((m) => m.options.axes?.[1]?.label)).toEqual([
      'speed (m/s)',
      'acceleration (m/s²)',
      'jerk (m/s³)',
    ]);
    const run = screen.getByTestId('run-full_travel');
    expect(within(run).getByText('0.0 mm')).toBeInTheDocument();
    const ride = within(run).getByRole('table', { name: /Ride quality of the full travel/ });
    expect(within(ride).getByRole('row', { name: /maximum acceleration/ })).toHaveTextContent('0.601 m/s²');
    expect(within(ride).getByRole('row', { name: /maximum velocity/ })).toHaveTextContent('1.000 m/s');
    // The bookkeeping figures are behind "all ride figures".
    expect(within(ride).queryByText('samples')).toBeNull();
    expect(within(run).getByText('All ride figures (1 more)')).toBeInTheDocument();
  });
});
