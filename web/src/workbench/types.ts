// The documents of the workbench: `hoistway rtt --json` (RttDocument),
// `hoistway simulate --json` (SimulationReport), the timeline of the first
// run (Timeline), and the background job that carries them.

export interface Percentiles {
  mean: number;
  p50: number;
  p90: number;
  p95: number;
  max: number;
}

export interface ReportFigures {
  passengers: { generated: number; delivered: number; in_system_at_end: number; measured: number };
  waiting_time_s: Percentiles;
  transit_time_s: Percentiles;
  time_to_destination_s: Percentiles;
  pct_waiting_over_30s: number;
  pct_waiting_over_60s: number;
  worst_5min_awt_s: number;
  handling_capacity_pct_per_5min: number;
  round_trip_time_s: number;
  interval_s: number;
  car_load_persons_mean: number;
  simulated_s: number;
  groups: {
    name: string;
    round_trip_time_s: number;
    interval_s: number;
    car_load_persons_mean: number;
    passengers_delivered: number;
  }[];
}

// A design target checked: interval_s (met when at most the target) or
// handling_capacity_pct (met when at least).
export interface TargetCheck {
  target: number;
  value: number;
  met: boolean;
}
export type Targets = Partial<Record<'interval_s' | 'handling_capacity_pct', TargetCheck>>;

export interface SimulationReport extends ReportFigures {
  building: string;
  runs: number;
  seed: number;
  confidence_95: ReportFigures;
  targets?: Targets;
}

// One figure of `hoistway compare --json`: B - A with its paired 95 % interval.
export interface ComparedFigure {
  a: number;
  b: number;
  difference: number;
  ratio: number | null;
  ci95_low: number | null;
  ci95_high: number | null;
  significant: boolean;
  unit: string;
}

export interface ComparisonDocument {
  a: string;
  b: string;
  runs: number;
  seed: number;
  figures: Record<string, ComparedFigure>;
  reports: { a: SimulationReport; b: SimulationReport };
}

export interface Timeline {
  bin_s: number;
  bin_start_s: number[];
  arrivals: number[];
  delivered: number[];
  waiting_mean: number[];
  histogram_bin_s: number;
  waiting_histogram: number[];
  trajectory_from_s: number;
  trajectory_to_s: number;
  floors: { name: string; level_m: number }[];
  cars: { label: string; t_s: number[]; level_m: number[] }[];
}

export type JobStatus = 'queued' | 'running' | 'done' | 'failed' | 'cancelled';

export interface SimulationJob {
  id: string;
  status: JobStatus;
  progress: number;
  cancel_requested: boolean;
  building: string;
  seed: number;
  runs: number;
  comparison?: boolean;
  error?: string;
  result?: {
    report: SimulationReport;
    timeline: Timeline;
    comparison?: ComparisonDocument;
    baseline_timeline?: Timeline;
  };
}

export interface RttGroup {
  group: string;
  cars: number;
  capacity_persons: number;
  P: number;
  S: number;
  H: number;
  t_v_s: number;
  t_f1_s: number;
  t_s_s: number;
  t_p_s: number;
  rtt_s: number;
  interval_s: number;
  handling_capacity_persons_per_5min: number;
  handling_capacity_pct: number;
  rtt_kinematic_s: number;
  interval_kinematic_s: number;
  handling_capacity_kinematic_pct: number;
  population: number;
  deck?: 'single' | 'double';
  general_analysis?: GeneralPeriod[];
  targets?: Targets;
}

// Peters' general analysis of one traffic period at its actual demand.
export interface GeneralPeriod {
  period: number;
  rate_pct_per_5min: number;
  incoming_pct: number;
  outgoing_pct: number;
  interfloor_pct: number;
  state: string;
  demand_persons_per_5min: number;
  carried_persons_per_5min: number;
  utilisation: number;
  interval_s?: number;
  rtt_s?: number;
  passengers_per_trip?: number;
  stops?: number;
  car_load_pct?: number;
}

export interface RttDocument {
  building: string;
  groups: RttGroup[];
}
