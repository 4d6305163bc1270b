import { describe, expect, it } from 'vitest';

import { formatFigure, unitText } from './format';
import { eventMarkers, hasQuantity, timeSpan, traceColumns } from './traceData';
import type { TowerTrace } from './types';

const trace: TowerTrace = {
  time_s: [0, 0.5, 1],
  position_m: [10, 9.5, 9.2],
  velocity_mps: [-1, null, 0],
  acceleration_mps2: [0, 4, 0],
  acceleration_limit_mps2: 9.81,
};

describe('trace columns', () => {
  it('gives the limit to the acceleration only, and keeps gaps as gaps', () => {
    expect(traceColumns(trace, 'acceleration')).toEqual({ x: [0, 0.5, 1], values: [0, 4, 0], limit: 9.81 });
    expect(traceColumns(trace, 'speed')).toEqual({ x: [0, 0.5, 1], values: [-1, null, 0], limit: null });
    expect(traceColumns({ ...trace, acceleration_limit_mps2: null }, 'acceleration').limit).toBeNull();
  });

  it('knows which quantities a trace has', () => {
    expect(hasQuantity(trace, 'position')).toBe(true);
    expect(hasQuantity(trace, 'jerk')).toBe(false);
    expect(hasQuantity({ ...trace, jerk_mps3: [0, 1, 0] }, 'jerk')).toBe(true);
    expect(timeSpan(trace)).toEqual({ from: 0, to: 1 });
  });

  it('numbers the events in time order', () => {
    expect(
      eventMarkers([
        { time_s: 0.7, position_m: 9.3, what: 'brake acts' },
        { time_s: 0.2, position_m: 9.9, what: 'governor trips' },
      ]),
    ).toEqual([
      { n: 1, time_s: 0.2, position_m: 9.9, what: 'governor trips' },
      { n: 2, time_s: 0.7, position_m: 9.3, what: 'brake acts' },
    ]);
  });
});

describe('figures on screen', () => {
  const format = (value: number | null | undefined, digits = 1) =>
    value === null || value === undefined ? '–' : value.toFixed(digits);

  it('writes units as a reader expects them', () => {
    expect(unitText('m/s2')).toBe('m/s²');
    expect(unitText('m/s^2')).toBe('m/s²');
    expect(unitText('m/s^3')).toBe('m/s³');
    expect(unitText('N m')).toBe('N·m');
    expect(unitText('gn')).toBe('gn');
  });

  it('gives each unit its decimals, and no negative zero', () => {
    expect(formatFigure(format, 1.50711, 'T1/T2')).toBe('1.5071 T1/T2');
    expect(formatFigure(format, -0.4951, 'm/s2')).toBe('-0.495 m/s²');
    expect(formatFigure(format, -1.7e-8, 'mm')).toBe('0.0 mm');
    expect(formatFigure(format, 0.2924, '')).toBe('0.2924');
    expect(formatFigure(format, null, 'm')).toBe('–');
  });
});
