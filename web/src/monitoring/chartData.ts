// Shaping the API's answers into uPlot's aligned arrays (x in Unix seconds).
import type { LiftHealth, TelemetryEvent } from './types';

export type Series = [number[], number[]];

// The value of detail `key` of each trip, oldest first (events come newest
// first); trips without it are left out.
export function tripSeries(events: TelemetryEvent[], key: 'door_close_s' | 'levelling_error_mm'): Series {
  const points: [number, number][] = [];
  for (const e of events) {
    if (e.kind !== 'trip') continue;
    const value = e.detail[key];
    const time = Date.parse(e.time);
    if (typeof value === 'number' && Number.isFinite(value) && Number.isFinite(time)) points.push([time / 1000, value]);
  }
  points.sort((a, b) => a[0] - b[0]);
  return [points.map((p) => p[0]), points.map((p) => p[1])];
}

// Availability per day in percent, at noon UTC of each day.
export function availabilitySeries(daily: LiftHealth['availability']['daily']): Series {
  const xs: number[] = [];
  const ys: number[] = [];
  for (const day of daily) {
    const time = Date.parse(`${day.date}T12:00:00Z`);
    if (!Number.isFinite(time)) continue;
    xs.push(time / 1000);
    ys.push(Math.round(day.fraction * 1000) / 10);
  }
  return [xs, ys];
}
