// Shapes the timeline of a simulation into the aligned columns the charts
// draw (x values and one column per series, nulls where a series has no
// point). Pure functions, tested without a browser.
import type { Timeline } from './types';

export type Column = (number | null)[];

export interface Columns {
  x: number[];
  series: Column[];
}

// The waiting-time distribution: bins (left edge, s) up to the last
// non-empty one, and the passengers in each.
export function histogramColumns(t: Timeline): Columns {
  let last = t.waiting_histogram.length - 1;
  while (last >= 0 && t.waiting_histogram[last] === 0) last -= 1;
  const counts = t.waiting_histogram.slice(0, last + 1);
  return { x: counts.map((_, i) => i * t.histogram_bin_s), series: [counts] };
}

// Persons waiting at landings (mean over each bin) and passengers delivered
// per minute, against time in seconds (shown as clock time).
export function queueColumns(t: Timeline): Columns {
  const perMinute = t.bin_s > 0 ? 60 / t.bin_s : 1;
  return {
    x: t.bin_start_s.slice(),
    series: [t.waiting_mean.slice(), t.delivered.map((d) => d * perMinute)],
  };
}

// Every car's level against time on one shared, sorted time axis: each car
// has a value at its own sample times and null elsewhere (the chart spans
// the gaps, so each car's line joins its own points).
export function trajectoryColumns(t: Timeline): Columns & { labels: string[] } {
  const times = new Set<number>();
  for (const car of t.cars) for (const s of car.t_s) times.add(s);
  const x = [...times].sort((a, b) => a - b);
  const index = new Map(x.map((s, i) => [s, i]));
  const series = t.cars.map((car) => {
    const column: Column = new Array<number | null>(x.length).fill(null);
    car.t_s.forEach((s, i) => {
      const at = index.get(s);
      const level = car.level_m[i];
      if (at !== undefined && level !== undefined) column[at] = level;
    });
    return column;
  });
  return { x, series, labels: t.cars.map((c) => c.label) };
}

export interface FloorTicks {
  levels: number[];
  names: string[];
}

// The floors to label on the trajectory's level axis: all of them when they
// fit, else every k-th (always the lowest and the highest).
export function floorTicks(t: Timeline, maxTicks = 24): FloorTicks {
  const n = t.floors.length;
  if (n === 0) return { levels: [], names: [] };
  const step = Math.max(1, Math.ceil(n / maxTicks));
  const chosen = t.floors.filter((_, i) => i % step === 0 || i === n - 1);
  return { levels: chosen.map((f) => f.level_m), names: chosen.map((f) => f.name) };
}

// Seconds from the start as clock time h:mm:ss, for the time axes.
export function clock(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  return `${h}:${String(m).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}`;
}

// The floor at `level_m`, or between which two floors it lies, by name: for
// the trajectory's hover read-out.
export function floorAt(t: Timeline, levelM: number): string {
  const floors = t.floors;
  if (floors.length === 0) return '';
  let below = floors[0];
  for (const f of floors) {
    if (Math.abs(f.level_m - levelM) < 0.05) return f.name;
    if (f.level_m <= levelM) below = f;
  }
  const above = floors.find((f) => f.level_m > levelM);
  if (!below || !above || below === above) return below?.name ?? '';
  return `${below.name}–${above.name}`;
}

// Two timelines' waiting-time distributions on one x axis (the bins of the
// longer), for the comparison's overlay: [pinned, current].
export function histogramPairColumns(a: Timeline, b: Timeline): Columns {
  const ca = histogramColumns(a);
  const cb = histogramColumns(b);
  const x = ca.x.length >= cb.x.length ? ca.x : cb.x;
  const pad = (c: Columns) => x.map((_, i) => c.series[0]?.[i] ?? 0);
  return { x, series: [pad(ca), pad(cb)] };
}

// Two timelines' persons waiting over time on one x axis (the longer's),
// in seconds: [pinned, current].
export function queuePairColumns(a: Timeline, b: Timeline): Columns {
  const longer = a.bin_start_s.length >= b.bin_start_s.length ? a : b;
  const x = longer.bin_start_s.slice();
  const pad = (t: Timeline) => x.map((_, i) => t.waiting_mean[i] ?? null);
  return { x, series: [pad(a), pad(b)] };
}
