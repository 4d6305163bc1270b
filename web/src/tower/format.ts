// How the tower's figures are written on screen: units as a reader expects
// them (m/s², N·m), the meaning of the units that are not SI (gn, T1/T2),
// the decimals each unit deserves, and what each test measured.
import type { MessageKey } from '../i18n/messages';

// The server writes units in ASCII (docs/tower.md: m/s2, kg m2; the ride
// figures: m/s^2); the screen may do better.
const UNIT_TEXT: Record<string, string> = {
  'm/s2': 'm/s²',
  'm/s^2': 'm/s²',
  'm/s3': 'm/s³',
  'm/s^3': 'm/s³',
  'kg m2': 'kg·m²',
  'N m': 'N·m',
};

export function unitText(unit: string): string {
  return UNIT_TEXT[unit] ?? unit;
}

// A figure with the decimals its unit deserves and its unit ("–" when the
// value is not finite); a tiny negative that rounds to zero is written 0.
export function formatFigure(
  formatNumber: (value: number | null | undefined, digits?: number) => string,
  value: number | null | undefined,
  unit: string,
): string {
  if (typeof value !== 'number' || !Number.isFinite(value)) return formatNumber(null);
  const digits = digitsFor(unit);
  const shown = Math.abs(value) < 0.5 * 10 ** -digits ? 0 : value;
  const number = formatNumber(shown, digits);
  return unit ? `${number} ${unitText(unit)}` : number;
}

// Units whose meaning is said next to them (the legend under the table).
export const UNIT_MEANING: Record<string, MessageKey> = {
  gn: 'tower.unit.gn',
  'T1/T2': 'tower.unit.ratio',
  mg: 'tower.unit.mg',
};

const DIGITS: Record<string, number> = {
  mm: 1,
  J: 2,
  s: 2,
  'T1/T2': 4,
  '': 4,
  N: 0,
  kg: 0,
  'N/m': 0,
  Hz: 0,
  mg: 1,
  deg: 1,
};

export function digitsFor(unit: string): number {
  return DIGITS[unit] ?? 3;
}

// What each test of the en81-20 suite measured (its `measured` figure).
export const MEASURE_LABEL: Record<string, MessageKey> = {
  brake_125: 'tower.measure.brake_125',
  brake_one_set: 'tower.measure.brake_one_set',
  traction_loading: 'tower.measure.traction_loading',
  traction_emergency_braking: 'tower.measure.traction_emergency_braking',
  traction_stalled: 'tower.measure.traction_stalled',
  safety_gear: 'tower.measure.safety_gear',
  governor_tripping: 'tower.measure.governor_tripping',
  buffer: 'tower.measure.buffer',
  door_kinetic_energy: 'tower.measure.door_kinetic_energy',
  ucmp: 'tower.measure.ucmp',
  stopping_accuracy: 'tower.measure.stopping_accuracy',
  speed_half_load: 'tower.measure.speed_half_load',
};

// The ride figures shown first (ISO 18738-1, the keys of `hoistway ride --json`);
// the rest are behind "all ride figures".
export const MAIN_RIDE_FIGURES = [
  'travel_m',
  'duration_s',
  'max_velocity_mps',
  'v95_mps',
  'max_acceleration_mps2',
  'max_deceleration_mps2',
  'a95_acceleration_mps2',
  'a95_deceleration_mps2',
  'max_jerk_mps3',
  'vibration_mg.z.max_pk_pk',
  'vibration_mg.z.a95_pk_pk',
] as const;
