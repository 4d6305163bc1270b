import { describe, expect, it } from 'vitest';

import { availabilitySeries, tripSeries } from './chartData';
import type { TelemetryEvent } from './types';

function trip(time: string, detail: Record<string, unknown>, kind = 'trip'): TelemetryEvent {
  return { event_id: time, registration_no: '9000001', time, kind, known: true, floor: 1, detail, received_at: time };
}

describe('chart data', () => {
  it('takes one figure of each trip, oldest first, skipping what is missing', () => {
    const events = [
      trip('2026-12-03T08:00:20.000Z', { door_close_s: 3.4, levelling_error_mm: -2 }),
      trip('2026-12-03T08:00:10.000Z', { door_close_s: 3.1 }),
      trip('2026-12-03T08:00:15.000Z', { attempts: 2 }, 'door_close_fault'),
      trip('2026-12-03T08:00:00.000Z', { door_close_s: 'slow' }),
    ];
    const t0 = Date.parse('2026-12-03T08:00:10Z') / 1000;
    expect(tripSeries(events, 'door_close_s')).toEqual([
      [t0, t0 + 10],
      [3.1, 3.4],
    ]);
    expect(tripSeries(events, 'levelling_error_mm')).toEqual([[t0 + 10], [-2]]);
  });

  it('gives availability in percent at noon of each day', () => {
    expect(
      availabilitySeries([
        { date: '2026-12-01', fraction: 1 },
        { date: '2026-12-02', fraction: 0.7512 },
      ]),
    ).toEqual([[Date.parse('2026-12-01T12:00:00Z') / 1000, Date.parse('2026-12-02T12:00:00Z') / 1000], [100, 75.1]]);
  });
});
