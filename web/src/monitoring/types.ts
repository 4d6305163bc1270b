// Shapes of the monitoring API's answers (openapi.json, tag "monitoring").
export type Severity = 'critical' | 'major' | 'minor';
export type AlarmState = 'open' | 'acknowledged' | 'closed';

export interface Alarm {
  id: number;
  registration_no: string;
  cause: string;
  severity: Severity;
  state: AlarmState;
  opened_at: string;
  last_at: string;
  count: number;
  event_id: string;
  figures: Record<string, unknown>;
  acknowledged_at: string;
  acknowledged_by: string;
  closed_at: string;
  closed_by: string;
  close_note: string;
  work_order_id: number | null;
  accident_id: number | null;
}

export interface FleetLift {
  registration_no: string;
  building: string;
  region: string;
  last_seen_at: string;
  mode: string;
  floor: number | null;
  out_of_service: boolean;
  worst_severity: '' | Severity;
  entrapment: boolean;
  open_alarms: number;
}

export interface FleetView {
  items: FleetLift[];
  total: number;
  page: number;
  per_page: number;
  connected: number;
  open_alarms: Record<Severity, number>;
  availability: { window_days: number; fraction: number };
}

export interface Signal {
  name: string;
  raised: boolean;
  figures: Record<string, number | string | boolean | null>;
}

export interface LiftHealth {
  registration_no: string;
  connected: boolean;
  last_seen_at?: string;
  out_of_service: boolean;
  availability: {
    window_days: number;
    fraction: number;
    downtime_s: number;
    daily: { date: string; fraction: number }[];
  };
  status: { time: string; mode: string; floor: number; moving: boolean; doors: string; load_kg: number } | null;
  counters: { time: string; trips: number; door_cycles: number; motor_starts: number; running_hours: number } | null;
  signals: Signal[];
  open_alarms: Alarm[];
}

export interface TelemetryEvent {
  event_id: string;
  registration_no: string;
  time: string;
  kind: string;
  known: boolean;
  floor: number | null;
  detail: Record<string, unknown>;
  received_at: string;
}
