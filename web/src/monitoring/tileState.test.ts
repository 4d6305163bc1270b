import { describe, expect, it } from 'vitest';

import { OFFLINE_AFTER_MS, tileState } from './tileState';
import type { FleetLift } from './types';

const NOW = Date.parse('2026-12-03T08:00:00Z');
const LIFT: FleetLift = {
  registration_no: '9000001',
  building: 'Tower',
  region: 'Medeu',
  last_seen_at: '2026-12-03T07:59:30.000Z',
  mode: 'normal',
  floor: 3,
  out_of_service: false,
  worst_severity: '',
  entrapment: false,
  open_alarms: 0,
};

describe('tileState', () => {
  it('puts an entrapment above everything', () => {
    expect(tileState({ ...LIFT, entrapment: true, worst_severity: 'critical', out_of_service: true }, NOW)).toBe(
      'entrapment',
    );
  });
  it('orders the rest by urgency', () => {
    expect(tileState({ ...LIFT, worst_severity: 'critical', last_seen_at: '' }, NOW)).toBe('critical');
    expect(tileState({ ...LIFT, out_of_service: true, worst_severity: 'major' }, NOW)).toBe('out_of_service');
    expect(tileState({ ...LIFT, worst_severity: 'major', mode: 'inspection' }, NOW)).toBe('major');
    expect(tileState({ ...LIFT, mode: 'inspection', worst_severity: 'minor' }, NOW)).toBe('inspection');
    expect(tileState({ ...LIFT, worst_severity: 'minor' }, NOW)).toBe('minor');
    expect(tileState(LIFT, NOW)).toBe('normal');
  });
  it('tells a lift that stopped reporting from one that never did', () => {
    const old = new Date(NOW - OFFLINE_AFTER_MS - 1000).toISOString();
    expect(tileState({ ...LIFT, last_seen_at: old }, NOW)).toBe('offline');
    expect(tileState({ ...LIFT, last_seen_at: '' }, NOW)).toBe('silent');
  });
});
