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
// per minute, against time in minutes.
export function queueColumns(t: Timeline): Columns {
  const perMinute = t.bin_s > 0 ? 60 / t.bin_s : 1;
  return {
    x: t.bin_start_s.map((s) => s / 60),
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

// Seconds as h:mm:ss (or m:ss under an hour) for the time axes.
export function clock(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const rest = String(s % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${rest}` : `${m}:${rest}`;
}
