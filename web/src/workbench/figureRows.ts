// The figures a simulation's table shows, in order: one list for the table,
// the comparison and the CSV export.
import type { FigureRow } from './FigureRow';
import type { ReportFigures } from './types';

export interface KeyedFigureRow extends FigureRow<ReportFigures> {
  key: string; // the figure's key in `hoistway simulate --json`
}

export const FIGURE_ROWS: KeyedFigureRow[] = [
  { key: 'waiting_time_s.mean', label: 'figures.waitingMean', unit: 's', value: (f) => f.waiting_time_s.mean, digits: 1 },
  { key: 'waiting_time_s.p50', label: 'figures.waitingP50', unit: 's', value: (f) => f.waiting_time_s.p50, digits: 1 },
  { key: 'waiting_time_s.p90', label: 'figures.waitingP90', unit: 's', value: (f) => f.waiting_time_s.p90, digits: 1 },
  { key: 'waiting_time_s.p95', label: 'figures.waitingP95', unit: 's', value: (f) => f.waiting_time_s.p95, digits: 1 },
  { key: 'waiting_time_s.max', label: 'figures.waitingMax', unit: 's', value: (f) => f.waiting_time_s.max, digits: 1 },
  { key: 'pct_waiting_over_30s', label: 'figures.over30', unit: '%', value: (f) => f.pct_waiting_over_30s, digits: 1 },
  { key: 'pct_waiting_over_60s', label: 'figures.over60', unit: '%', value: (f) => f.pct_waiting_over_60s, digits: 1 },
  { key: 'worst_5min_awt_s', label: 'figures.worst5min', unit: 's', value: (f) => f.worst_5min_awt_s, digits: 1 },
  { key: 'transit_time_s.mean', label: 'figures.transitMean', unit: 's', value: (f) => f.transit_time_s.mean, digits: 1 },
  {
    key: 'time_to_destination_s.mean',
    label: 'figures.destinationMean',
    unit: 's',
    value: (f) => f.time_to_destination_s.mean,
    digits: 1,
  },
  {
    key: 'handling_capacity_pct_per_5min',
    label: 'figures.handlingCapacity',
    unit: '%',
    value: (f) => f.handling_capacity_pct_per_5min,
    digits: 1,
  },
  { key: 'round_trip_time_s', label: 'figures.rtt', unit: 's', value: (f) => f.round_trip_time_s, digits: 1 },
  { key: 'interval_s', label: 'figures.interval', unit: 's', value: (f) => f.interval_s, digits: 1 },
  { key: 'car_load_persons_mean', label: 'figures.carLoad', unit: '', value: (f) => f.car_load_persons_mean, digits: 1 },
  { key: 'passengers.generated', label: 'figures.generated', unit: '', value: (f) => f.passengers.generated, digits: 0 },
  { key: 'passengers.delivered', label: 'figures.delivered', unit: '', value: (f) => f.passengers.delivered, digits: 0 },
];
