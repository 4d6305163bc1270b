// What the fake server answers for the tower in component tests: a
// catalogue with two small example lifts, three faults, and reports shaped
// like the server's (three tests, one normal run).
import type { TowerCatalogue, TowerFault, TowerReport, TowerTestResult, TowerTrace } from '../tower/types';

export const SMALL_LIFT = `# a small lift
name: Small lift 630
lift:
  rated_load_kg: 630
  rated_speed_mps: 1.0
`;

export const OTHER_LIFT = `name: Other lift 1000
lift:
  rated_load_kg: 1000
`;

export const CATALOGUE: TowerCatalogue = {
  suite: 'en81-20',
  tests: [
    { id: 'brake_125', clause: 'EN 81-20 5.9.2.2.2.1', what: 'the car stops' },
    { id: 'traction_loading', clause: 'EN 81-20 5.5.3 a', what: 'the ropes do not slip' },
    { id: 'safety_gear', clause: 'EN 81-20 5.6.2.1', what: '0.2 to 1.0 gn' },
  ],
  examples: [
    { name: 'small-630', text: SMALL_LIFT },
    { name: 'other-1000', text: OTHER_LIFT },
  ],
  keys: [
    { key: 'name', unit: '', meaning: 'free text', required: false },
    { key: 'lift.rated_load_kg', unit: 'kg', meaning: 'rated load Q', required: true },
    { key: 'lift.brake.torque_per_set_nm', unit: 'N m', meaning: 'braking torque of one set', required: true },
    { key: 'lift.buffers.car.stroke_m', unit: 'm', meaning: 'buffer stroke', required: true },
  ],
};

export const FAULTS: TowerFault[] = [
  {
    name: 'worn_brake_lining',
    title: 'Worn brake linings',
    component: 'brake',
    description: 'each set now gives 55 % of its design torque.',
    symptom: 'The car slides past the floor.',
    reference: 'EN 81-20 5.9.2.2.2.1',
    fails: ['brake_125', 'brake_one_set'],
  },
  {
    name: 'worn_grooves',
    title: 'Worn sheave grooves',
    component: 'sheave',
    description: 'the ropes bed deeper and grip less.',
    symptom: 'Ropes creep.',
    reference: 'EN 81-50 5.11.2.2',
    fails: ['traction_loading'],
  },
  {
    name: 'slow_doors',
    title: 'Door operator drifting slow',
    component: 'doors',
    description: 'the doors close at 60 % of their speed.',
    symptom: 'Door closing time creeps up.',
    reference: 'maintenance',
    fails: [],
  },
];

const TRACE: TowerTrace = {
  time_s: [0, 0.1, 0.2, 0.3],
  position_m: [18, 17.9, 17.85, 17.84],
  velocity_mps: [-1, -0.8, -0.3, 0],
  acceleration_mps2: [0, 2, 5, 0],
  acceleration_limit_mps2: 9.81,
};

// The named fields of a type with an index signature (Omit would drop them).
type Known<T> = { [K in keyof T as string extends K ? never : K]: T[K] };

function test(id: string, fail: boolean): TowerTestResult {
  const bases: Record<string, Omit<Known<TowerTestResult>, 'id' | 'verdict'>> = {
    brake_125: {
      clause: 'EN 81-20 5.9.2.2.2.1, test 6.3.1',
      comparison: 'stops',
      title: '125 % load (788 kg) descending at 1 m/s, all 2 brake sets',
      measured: fail ? null : 0.97,
      unit: 'm',
      limit: null,
      limit_text: 'the car stops',
      finding: fail ? 'the brake acted at 1.272 m/s but did not stop the car' : 'the car stopped in 0.970 m',
      figures: { retardation: fail ? -0.284 : 1.01 },
      figure_units: { retardation: { unit: 'm/s2', label: 'mean retardation while braking' } },
      events: [
        { time_s: 0.15, position_m: 17.83, what: 'brake acts with 2 set(s)' },
        { time_s: 0.05, position_m: 17.95, what: 'stop commanded' },
      ],
      trace: { ...TRACE, acceleration_limit_mps2: null },
    },
    traction_loading: {
      clause: 'EN 81-20 5.5.3 a, EN 81-50 5.11',
      comparison: 'at_most',
      title: 'car at the lowest landing with 125 % load',
      measured: fail ? 2.71 : 1.5071,
      unit: 'T1/T2',
      limit: 2.5056,
      limit_text: '<= 2.5056 = e^(f alpha), mu 0.1',
      finding: fail ? 'T1/T2 = 2.7100: the ropes crept' : 'T1/T2 = 1.5071; the ropes gripped throughout',
      figures: { friction_factor: 0.2924 },
      figure_units: { friction_factor: { unit: '', label: 'friction factor f of the groove' } },
      events: [],
      trace: { ...TRACE, acceleration_limit_mps2: null },
    },
    safety_gear: {
      clause: 'EN 81-20 5.6.2.1, test 6.3.4',
      comparison: 'within',
      title: 'car with rated load (630 kg) in free fall',
      measured: 0.473,
      unit: 'gn',
      limit: 1,
      limit_low: 0.2,
      limit_text: '0.2 to 1.0 gn',
      finding: 'the gear set at 1.200 m/s',
      figures: { stopping_distance: 0.155 },
      figure_units: { stopping_distance: { unit: 'm', label: 'from the gear setting to standstill' } },
      events: [{ time_s: 0.12, position_m: 17.93, what: 'governor trips at 1.200 m/s' }],
      trace: TRACE,
    },
  };
  const base = bases[id];
  if (!base) throw new Error(`no fixture for ${id}`);
  return { id, verdict: fail ? 'fail' : 'pass', ...base };
}

// A report of the small lift; `failing` tests fail, the others pass.
export function towerReport(failing: string[] = [], faults: string[] = []): TowerReport {
  const tests = ['brake_125', 'traction_loading', 'safety_gear'].map((id) => test(id, failing.includes(id)));
  return {
    lift: 'Small lift 630',
    source: 'lift.yaml',
    suite: 'en81-20',
    verdict: failing.length ? 'fail' : 'pass',
    faults,
    overrides: faults.includes('worn_brake_lining')
      ? [{ key: 'lift.brake.torque_per_set_nm', value: '247.5', origin: '--fault worn_brake_lining' }]
      : [],
    tests,
    runs: [
      {
        id: 'full_travel',
        title: 'full travel 18.00 m down with 315 kg',
        distance_m: 18,
        load_kg: 315,
        direction: 'down',
        flight_time_s: 20.33,
        speed_at_mid_travel_mps: 1,
        max_speed_mps: 1.0,
        stopping_error_mm: -1.7e-8,
        ride: { max_velocity_mps: 1.00004, max_acceleration_mps2: 0.6013, samples: 24834 },
        ride_units: {
          max_velocity_mps: { unit: 'm/s', label: 'maximum velocity' },
          max_acceleration_mps2: { unit: 'm/s^2', label: 'maximum acceleration' },
          samples: { unit: '', label: 'samples' },
        },
        events: [],
        trace: { ...TRACE, jerk_mps3: [0, 0.9, 0, -0.9], acceleration_limit_mps2: null },
      },
    ],
  };
}
