import { describe, expect, it } from 'vitest';

import {
  clock,
  floorAt,
  floorTicks,
  histogramColumns,
  histogramPairColumns,
  queueColumns,
  queuePairColumns,
  trajectoryColumns,
} from './chartData';
import type { Timeline } from './types';

const timeline: Timeline = {
  bin_s: 30,
  bin_start_s: [0, 30, 60],
  arrivals: [3, 4, 5],
  delivered: [1, 2, 3],
  waiting_mean: [0.5, 1.5, 2],
  histogram_bin_s: 5,
  waiting_histogram: [10, 4, 0, 1, 0, 0],
  trajectory_from_s: 100,
  trajectory_to_s: 200,
  floors: [
    { name: 'B1', level_m: 0 },
    { name: 'G', level_m: 3.5 },
    { name: '1', level_m: 8 },
  ],
  cars: [
    { label: 'A1', t_s: [100, 110, 120], level_m: [0, 3.5, 8] },
    { label: 'A2', t_s: [105, 110, 130], level_m: [8, 8, 3.5] },
  ],
};

describe('chart data', () => {
  it('cuts the waiting histogram after its last non-empty bin', () => {
    expect(histogramColumns(timeline)).toEqual({ x: [0, 5, 10, 15], series: [[10, 4, 0, 1]] });
  });

  it('gives the queue against time in seconds and deliveries per minute', () => {
    expect(queueColumns(timeline)).toEqual({
      x: [0, 30, 60],
      series: [
        [0.5, 1.5, 2],
        [2, 4, 6],
      ],
    });
  });

  it('aligns every car on one time axis with nulls between its own samples', () => {
    const t = trajectoryColumns(timeline);
    expect(t.x).toEqual([100, 105, 110, 120, 130]);
    expect(t.series).toEqual([
      [0, null, 3.5, 8, null],
      [null, 8, 8, null, 3.5],
    ]);
    expect(t.labels).toEqual(['A1', 'A2']);
  });

  it('labels the level axis with floor names, thinned when there are many', () => {
    expect(floorTicks(timeline)).toEqual({ levels: [0, 3.5, 8], names: ['B1', 'G', '1'] });
    const tall: Timeline = {
      ...timeline,
      floors: Array.from({ length: 60 }, (_, i) => ({ name: String(i), level_m: 4 * i })),
    };
    const ticks = floorTicks(tall, 24);
    expect(ticks.names.length).toBeLessThanOrEqual(25);
    expect(ticks.names[0]).toBe('0');
    expect(ticks.names[ticks.names.length - 1]).toBe('59');
  });

  it('writes times as clock time h:mm:ss', () => {
    expect(clock(65)).toBe('0:01:05');
    expect(clock(3600 + 62)).toBe('1:01:02');
    expect(clock(-3)).toBe('0:00:00');
    expect(clock(12 * 3600 + 30 * 60)).toBe('12:30:00');
  });

  it('names the floor at a level, or the two it is between', () => {
    expect(floorAt(timeline, 3.5)).toBe('G');
    expect(floorAt(timeline, 3.52)).toBe('G');
    expect(floorAt(timeline, 5)).toBe('G–1');
    expect(floorAt(timeline, 0)).toBe('B1');
  });

  it('puts two runs on one axis for the comparison', () => {
    const other: Timeline = { ...timeline, waiting_histogram: [1, 2, 3, 4, 5, 6], bin_start_s: [0, 30], waiting_mean: [4, 5] };
    expect(histogramPairColumns(timeline, other)).toEqual({
      x: [0, 5, 10, 15, 20, 25],
      series: [
        [10, 4, 0, 1, 0, 0],
        [1, 2, 3, 4, 5, 6],
      ],
    });
    expect(queuePairColumns(timeline, other)).toEqual({
      x: [0, 30, 60],
      series: [
        [0.5, 1.5, 2],
        [4, 5, null],
      ],
    });
  });
});
