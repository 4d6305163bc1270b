// Message keys of the monitoring vocabulary (causes, signals, event kinds,
// severities, states, tile colours): every known value has a translation;
// a value the console does not know is shown as the server sends it.
import type { MessageKey } from '../i18n/messages';
import type { TileState } from './tileState';
import type { AlarmState, Severity } from './types';

export const SEVERITY_LABEL: Record<Severity, MessageKey> = {
  critical: 'severity.critical',
  major: 'severity.major',
  minor: 'severity.minor',
};

export const ALARM_STATE_LABEL: Record<AlarmState, MessageKey> = {
  open: 'alarmState.open',
  acknowledged: 'alarmState.acknowledged',
  closed: 'alarmState.closed',
};

export const TILE_LABEL: Record<TileState, MessageKey> = {
  entrapment: 'tile.entrapment',
  critical: 'tile.critical',
  major: 'tile.major',
  minor: 'tile.minor',
  out_of_service: 'tile.out_of_service',
  inspection: 'tile.inspection',
  offline: 'tile.offline',
  normal: 'tile.normal',
  silent: 'tile.silent',
};

const CAUSES: Record<string, MessageKey> = {
  entrapment: 'cause.entrapment',
  out_of_service: 'cause.out_of_service',
  door_faults: 'cause.door_faults',
  door_lock: 'cause.door_lock',
  safety_circuit: 'cause.safety_circuit',
  overspeed: 'cause.overspeed',
  stopped_outside_door_zone: 'cause.stopped_outside_door_zone',
  start_failure: 'cause.start_failure',
  run_time_limiter: 'cause.run_time_limiter',
  position_lost: 'cause.position_lost',
  drive_overtemperature: 'cause.drive_overtemperature',
  power_loss: 'cause.power_loss',
  alarm_button: 'cause.alarm_button',
};

const SIGNALS: Record<string, MessageKey> = {
  door_close_time: 'signal.door_close_time',
  levelling_error: 'signal.levelling_error',
  start_failures: 'signal.start_failures',
  door_faults: 'signal.door_faults',
  trips_since_maintenance: 'signal.trips_since_maintenance',
  door_cycles_since_maintenance: 'signal.door_cycles_since_maintenance',
};

export const EVENT_KINDS = [
  'trip',
  'safety_circuit_open',
  'door_lock_fault',
  'door_close_fault',
  'door_open_fault',
  'stopped_outside_door_zone',
  'start_failure',
  'run_time_limiter',
  'overspeed',
  'position_lost',
  'drive_overtemperature',
  'power_loss',
  'power_restored',
  'alarm_button',
  'inspection_mode_on',
  'inspection_mode_off',
  'out_of_service',
  'in_service',
] as const;

const EVENT_KIND_LABEL = Object.fromEntries(EVENT_KINDS.map((k) => [k, `eventKind.${k}` as MessageKey])) as Record<
  string,
  MessageKey
>;

type T = (key: MessageKey, vars?: Record<string, string | number>) => string;

export function signalLabel(t: T, name: string): string {
  const key = SIGNALS[name];
  return key ? t(key) : name;
}

// "Door faults", or "Predictive: door closing time rising" for signal:NAME.
export function causeLabel(t: T, cause: string): string {
  if (cause.startsWith('signal:')) return t('cause.signal', { signal: signalLabel(t, cause.slice(7)) });
  const key = CAUSES[cause];
  return key ? t(key) : cause;
}

export function eventKindLabel(t: T, kind: string, known = true): string {
  const key = EVENT_KIND_LABEL[kind];
  if (key) return t(key);
  return known ? kind : t('monitoring.unknownKind', { kind });
}
