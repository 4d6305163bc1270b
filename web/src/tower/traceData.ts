// Shapes a test's or a run's trace into the aligned columns uPlot draws,
// and its events into numbered markers. Pure functions, tested without a
// browser.
import type { TowerEvent, TowerTrace } from './types';

export type Quantity = 'position' | 'speed' | 'acceleration' | 'jerk';

const FIELD: Record<Quantity, 'position_m' | 'velocity_mps' | 'acceleration_mps2' | 'jerk_mps3'> = {
  position: 'position_m',
  speed: 'velocity_mps',
  acceleration: 'acceleration_mps2',
  jerk: 'jerk_mps3',
};

export type Column = (number | null)[];

export interface TraceColumns {
  x: number[];
  values: Column;
  // The limit drawn as a constant line (acceleration only, when the test has one).
  limit: number | null;
}

// Whether the trace has samples of `quantity` (runs have jerk, tests not).
export function hasQuantity(trace: TowerTrace, quantity: Quantity): boolean {
  const values = trace[FIELD[quantity]];
  return Array.isArray(values) && values.length > 0;
}

export function traceColumns(trace: TowerTrace, quantity: Quantity): TraceColumns {
  const values = trace[FIELD[quantity]] ?? [];
  const n = Math.min(trace.time_s.length, values.length);
  const limit = quantity === 'acceleration' ? trace.acceleration_limit_mps2 : null;
  return {
    x: trace.time_s.slice(0, n),
    values: values.slice(0, n).map((v) => (typeof v === 'number' && Number.isFinite(v) ? v : null)),
    limit: typeof limit === 'number' && Number.isFinite(limit) ? limit : null,
  };
}

export interface Marker {
  n: number; // 1, 2, ... in time order, as listed under the charts
  time_s: number;
  position_m: number;
  what: string;
}

export function eventMarkers(events: TowerEvent[]): Marker[] {
  return [...events]
    .sort((a, b) => a.time_s - b.time_s)
    .map((e, i) => ({ n: i + 1, time_s: e.time_s, position_m: e.position_m, what: e.what }));
}

// The time span of a trace, for the charts' descriptions.
export function timeSpan(trace: TowerTrace): { from: number; to: number } {
  const first = trace.time_s[0] ?? 0;
  const last = trace.time_s[trace.time_s.length - 1] ?? first;
  return { from: first, to: last };
}
