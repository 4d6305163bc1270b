// The charts hand uPlot the shaped data and axes (uPlot itself draws on a
// canvas, which jsdom has not: it is replaced by a recorder here).
import { screen } from '@testing-library/react';
import type uPlot from 'uplot';
import { beforeEach, describe, expect, it, vi } from 'vitest';

import { renderConsole } from '../test/render';
import type { Timeline } from './types';

const made: { options: uPlot.Options; data: uPlot.AlignedData }[] = [];

vi.mock('uplot', () => {
  class FakePlot {
    static paths = { bars: () => () => null };
    constructor(options: uPlot.Options, data: uPlot.AlignedData) {
      made.push({ options, data });
    }
    setSize() {}
    destroy() {}
  }
  return { default: FakePlot };
});

const { TrajectoryChart } = await import('./TrajectoryChart');
const { WaitingHistogramChart } = await import('./WaitingHistogramChart');
const { QueueChart } = await import('./QueueChart');

const timeline: Timeline = {
  bin_s: 60,
  bin_start_s: [0, 60],
  arrivals: [1, 2],
  delivered: [1, 1],
  waiting_mean: [0, 1],
  histogram_bin_s: 5,
  waiting_histogram: [3, 1],
  trajectory_from_s: 300,
  trajectory_to_s: 900,
  floors: [
    { name: 'B1', level_m: 0 },
    { name: 'G', level_m: 3.5 },
    { name: '1', level_m: 8 },
  ],
  cars: [
    { label: 'A1', t_s: [300, 320], level_m: [0, 8] },
    { label: 'A2', t_s: [310, 330], level_m: [8, 0] },
  ],
};

describe('charts', () => {
  beforeEach(() => {
    made.length = 0;
  });

  it('draws the trajectory diagram with one series per car and floor names on the level axis', () => {
    renderConsole(<TrajectoryChart timeline={timeline} />);
    expect(screen.getByRole('img', { name: /Lift trajectories.*2 cars against time, from 0:05:00 to 0:15:00/ })).toBeInTheDocument();
    const { options, data } = made[0]!;
    expect(data[0]).toEqual([300, 310, 320, 330]);
    expect(options.series.map((s) => s.label)).toEqual(['time (h:mm:ss)', 'A1', 'A2']);
    const levelAxis = options.axes?.[1];
    const fakeU = {} as uPlot;
    expect(typeof levelAxis?.splits === 'function' && levelAxis.splits(fakeU, 1, 0, 8, 1, 1)).toEqual([0, 3.5, 8]);
    expect(typeof levelAxis?.values === 'function' && levelAxis.values(fakeU, [0, 3.5, 8], 1, 1, 1)).toEqual([
      'B1',
      'G',
      '1',
    ]);
    expect(options.scales?.x?.range).toEqual([300, 900]);
    // Hovering a car's line names the floor, not metres; cars past the
    // twelfth colour are dashed.
    const car = options.series[1]!;
    expect(typeof car.value === 'function' && car.value(fakeU, 3.5, 1, 0)).toBe('G');
    expect(typeof car.value === 'function' && car.value(fakeU, 5, 1, 0)).toBe('G–1');
    expect(car.dash).toEqual([]);
  });

  it('draws the waiting histogram and the queue in the chosen language', () => {
    renderConsole(
      <>
        <WaitingHistogramChart timeline={timeline} />
        <QueueChart timeline={timeline} />
      </>,
      { language: 'ru' },
    );
    expect(made).toHaveLength(2);
    expect(made[0]!.data).toEqual([[0, 5], [3, 1]]);
    expect(made[1]!.options.series.map((s) => s.label)).toEqual(['время (ч:мм:сс)', 'ожидают', 'доставлено / мин']);
    expect(screen.getByText('Распределение времени ожидания')).toBeInTheDocument();
    // The queue's time axis reads as clock time.
    const timeAxis = made[1]!.options.axes?.[0];
    expect(typeof timeAxis?.values === 'function' && timeAxis.values({} as uPlot, [0, 3660], 1, 1, 1)).toEqual([
      '0:00:00',
      '1:01:00',
    ]);
  });
});
