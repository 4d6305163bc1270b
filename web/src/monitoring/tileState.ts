// The colour of a lift in the fleet grid: the most urgent thing about it.
import type { FleetLift } from './types';

export type TileState =
  | 'entrapment'
  | 'critical'
  | 'major'
  | 'minor'
  | 'out_of_service'
  | 'inspection'
  | 'offline'
  | 'normal'
  | 'silent';

// Most urgent first: the legend's order.
export const TILE_STATES: readonly TileState[] = [
  'entrapment',
  'critical',
  'major',
  'minor',
  'out_of_service',
  'inspection',
  'offline',
  'normal',
  'silent',
];

// A lift that reported nothing for this long counts as offline (its status
// and counters arrive at least once a minute).
export const OFFLINE_AFTER_MS = 10 * 60 * 1000;

export function tileState(lift: FleetLift, nowMs: number): TileState {
  if (lift.entrapment) return 'entrapment';
  if (lift.worst_severity === 'critical') return 'critical';
  if (!lift.last_seen_at) return 'silent';
  if (lift.out_of_service || lift.mode === 'out_of_service') return 'out_of_service';
  if (lift.worst_severity === 'major') return 'major';
  if (lift.mode === 'inspection') return 'inspection';
  if (nowMs - Date.parse(lift.last_seen_at) > OFFLINE_AFTER_MS) return 'offline';
  if (lift.worst_severity === 'minor') return 'minor';
  return 'normal';
}
