// A small regulation profile for the form tests (the shape of GET /profile).
import type { Profile } from '../api/types';

export const PROFILE: Profile = {
  id: 'korea',
  name: 'Republic of Korea',
  inspection_kinds: ['installation', 'periodic', 'adhoc', 'precision'],
  remediation_days: 60,
  checklist: [
    { code: 'C01', name: 'Stopping accuracy', unit: 'mm', max: null, max_abs: 10, clause: 'EN 81-20 5.12.1.1.4' },
    { code: 'C02', name: 'Door closing force', unit: 'N', max: 150, max_abs: null, clause: '' },
    { code: 'C05', name: 'Brake test', unit: '', max: null, max_abs: null, clause: '' },
  ],
  grades: [
    { code: 'A', name: 'good', local: '' },
    { code: 'B', name: 'watch', local: '' },
    { code: 'C', name: 'urgent repair', local: '' },
    { code: 'D', name: 'not applicable', local: '' },
    { code: 'E', name: 'none', local: '' },
  ],
  self_inspection_items: [
    { code: 'SI01', name: 'Machine room', local: '' },
    { code: 'SI02', name: 'Drive machine and brake', local: '' },
  ],
  serious_failures: [{ code: 'trapped_mid_travel', name: 'Passengers trapped', local: '' }],
  component_kinds: [{ code: 'safety_gear', name: 'Safety gear', local: '추락방지안전장치' }],
};
