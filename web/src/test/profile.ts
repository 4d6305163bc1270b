// A small regulation profile for the form tests (the shape of GET /profile),
// and a lift's checklist (GET /lifts/{no}/checklist?kind=periodic).
import type { ChecklistSpec, LiftChecklist, Profile, ProfileItem } from '../api/types';

const code = (c: string, name: string, names: Record<string, string> = {}): ProfileItem => ({
  code: c,
  name,
  local: names.ko ?? '',
  names,
  check: false,
});

const item = (spec: Partial<ChecklistSpec> & Pick<ChecklistSpec, 'code' | 'name' | 'part'>): ChecklistSpec => ({
  unit: '',
  min: null,
  max: null,
  max_abs: null,
  clause: '',
  names: {},
  lift_kinds: [],
  inspection_kinds: [],
  check: false,
  ...spec,
});

export const CHECKLIST_ITEMS: ChecklistSpec[] = [
  item({ code: 'C01', name: 'Stopping accuracy', part: 'car', unit: 'mm', max_abs: 10, clause: 'EN 81-20 5.12.1.1.4', names: { ko: '착상 정확도', ru: 'Точность остановки' } }),
  item({ code: 'C02', name: 'Door closing force', part: 'landing', unit: 'N', max: 150, clause: 'EN 81-20 5.3.6.2.2.1 c' }),
  item({ code: 'C05', name: 'Brake test', part: 'machine_room', clause: 'EN 81-50 6.3.1' }),
];

export const PROFILE: Profile = {
  id: 'korea',
  name: 'Republic of Korea',
  name_local: '승강기 안전관리법',
  country: 'KR',
  language: 'ko',
  inspection_kinds: ['installation', 'periodic', 'adhoc', 'precision'],
  periodic_interval_months: 12,
  remediation_days: 60,
  precision_first_after_years: 15,
  precision_interval_years: 3,
  self_inspection_entry_days: 10,
  verdicts: {
    pass_allows: ['pass', 'na', 'observation'],
    conditional_allows: ['pass', 'na', 'observation', 'defect'],
    source: 'Rules',
  },
  checklist_parts: [
    { code: 'machine_room', name: 'Machine room', names: { ko: '기계실', ru: 'Машинное помещение' } },
    { code: 'car', name: 'Car', names: { ko: '카', ru: 'Кабина' } },
    { code: 'landing', name: 'Landings', names: { ko: '승강장', ru: 'Этажные площадки' } },
  ],
  checklist_sources: ['EN 81-20'],
  checklist: CHECKLIST_ITEMS,
  grades: [
    code('A', 'good', { ru: 'хорошо' }),
    code('B', 'watch'),
    code('C', 'urgent repair'),
    code('D', 'not applicable'),
    code('E', 'none'),
  ],
  self_inspection_items: [code('SI01', 'Machine room'), code('SI02', 'Drive machine and brake')],
  serious_failures: [code('trapped_mid_travel', 'Passengers trapped')],
  component_kinds: [code('safety_gear', 'Safety gear', { ko: '추락방지안전장치', ru: 'Ловители' })],
};

// The periodic checklist of a passenger lift, by part.
export const CHECKLIST: LiftChecklist = {
  registration_no: '9000002',
  lift_kind: 'passenger',
  kind: 'periodic',
  verdicts: { pass_allows: PROFILE.verdicts.pass_allows, conditional_allows: PROFILE.verdicts.conditional_allows },
  parts: PROFILE.checklist_parts.map((part) => ({ ...part, items: CHECKLIST_ITEMS.filter((i) => i.part === part.code) })),
};
