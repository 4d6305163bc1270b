// The documents of the virtual test tower (docs/tower.md): what it offers
// (GET /tower/catalogue, /tower/faults), the request of a run and its
// report (POST /tower/runs, the document of `hoistway tower --json` with
// traces). Only what the console reads is typed.

export interface TowerTestInfo {
  id: string;
  clause: string;
  what: string;
}

export interface TowerExample {
  name: string;
  text: string;
}

export interface TowerKey {
  key: string;
  unit: string;
  meaning: string;
  required: boolean;
}

export interface TowerCatalogue {
  suite: string;
  tests: TowerTestInfo[];
  examples: TowerExample[];
  keys: TowerKey[];
}

export interface TowerFault {
  name: string;
  title: string;
  component: string;
  description: string;
  symptom: string;
  reference: string;
  fails: string[];
}

export interface TowerRequest {
  lift: string;
  set?: string[];
  faults?: string[];
}

export type TowerVerdict = 'pass' | 'fail';

export interface TowerEvent {
  time_s: number;
  position_m: number;
  what: string;
}

export interface TowerTrace {
  time_s: number[];
  position_m: (number | null)[];
  velocity_mps: (number | null)[];
  acceleration_mps2: (number | null)[];
  jerk_mps3?: (number | null)[];
  acceleration_limit_mps2: number | null;
}

export interface FigureUnit {
  unit: string;
  label: string;
}

export interface TowerTestResult {
  id: string;
  clause: string;
  title: string;
  measured: number | null;
  unit: string;
  limit: number | null;
  limit_low?: number;
  limit_text: string;
  verdict: TowerVerdict;
  finding: string;
  figures: Record<string, number | null>;
  figure_units: Record<string, FigureUnit>;
  events: TowerEvent[];
  trace?: TowerTrace;
}

export interface TowerRun {
  id: string;
  title: string;
  distance_m: number;
  load_kg: number;
  direction: 'up' | 'down';
  flight_time_s: number;
  max_speed_mps: number;
  stopping_error_mm: number;
  ride: Record<string, number | null>;
  ride_units?: Record<string, FigureUnit>;
  ride_error?: string;
  events: TowerEvent[];
  trace?: TowerTrace;
}

export interface TowerOverride {
  key: string;
  value: string;
  origin: string;
}

export interface TowerReport {
  lift: string;
  suite: string;
  verdict: TowerVerdict;
  faults: string[];
  overrides: TowerOverride[];
  tests: TowerTestResult[];
  runs: TowerRun[];
  ride?: Record<string, number | null>;
}

// The registry's lift models and their type tests (openapi.json: LiftModel, TypeTest).
export interface LiftModel {
  id: number;
  manufacturer: string;
  name: string;
  created_at: string;
  type_tests: number;
}

export interface LiftModelListed extends LiftModel {
  latest: { id: number; run_at: string; verdict: TowerVerdict } | null;
}

export interface TypeTest {
  id: number;
  model_id: number;
  run_at: string;
  suite: string;
  lift: string;
  verdict: TowerVerdict;
  failed: string[];
  submitted_by: string;
  changes: { set?: string[]; faults?: string[] };
  tests: { id: string; clause: string; measured: number | null; unit: string; limit: number | null; verdict: string }[];
}

export interface LiftTypeTests {
  model: LiftModel | null;
  items: TypeTest[];
}
