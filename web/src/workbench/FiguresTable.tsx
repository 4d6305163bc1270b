// The simulation's figures: means over the runs, with 95 % confidence
// half-widths when there are several runs.
import { useI18n } from '../i18n/i18n';
import { FigureRowHeader, type FigureRow } from './FigureRow';
import type { ReportFigures, SimulationReport } from './types';

const ROWS: FigureRow<ReportFigures>[] = [
  { label: 'figures.waitingMean', unit: 's', value: (f) => f.waiting_time_s.mean, digits: 1 },
  { label: 'figures.waitingP50', unit: 's', value: (f) => f.waiting_time_s.p50, digits: 1 },
  { label: 'figures.waitingP90', unit: 's', value: (f) => f.waiting_time_s.p90, digits: 1 },
  { label: 'figures.waitingP95', unit: 's', value: (f) => f.waiting_time_s.p95, digits: 1 },
  { label: 'figures.waitingMax', unit: 's', value: (f) => f.waiting_time_s.max, digits: 1 },
  { label: 'figures.over30', unit: '%', value: (f) => f.pct_waiting_over_30s, digits: 1 },
  { label: 'figures.over60', unit: '%', value: (f) => f.pct_waiting_over_60s, digits: 1 },
  { label: 'figures.worst5min', unit: 's', value: (f) => f.worst_5min_awt_s, digits: 1 },
  { label: 'figures.transitMean', unit: 's', value: (f) => f.transit_time_s.mean, digits: 1 },
  { label: 'figures.destinationMean', unit: 's', value: (f) => f.time_to_destination_s.mean, digits: 1 },
  { label: 'figures.handlingCapacity', unit: '%', value: (f) => f.handling_capacity_pct_per_5min, digits: 1 },
  { label: 'figures.rtt', unit: 's', value: (f) => f.round_trip_time_s, digits: 1 },
  { label: 'figures.interval', unit: 's', value: (f) => f.interval_s, digits: 1 },
  { label: 'figures.carLoad', unit: '', value: (f) => f.car_load_persons_mean, digits: 1 },
  { label: 'figures.generated', unit: '', value: (f) => f.passengers.generated, digits: 0 },
  { label: 'figures.delivered', unit: '', value: (f) => f.passengers.delivered, digits: 0 },
];

export function FiguresTable({ report }: { report: SimulationReport }) {
  const { t, formatNumber } = useI18n();
  const several = report.runs > 1;
  return (
    <div className="table-wrap">
      <table className="figures-table" data-testid="figures-table">
        <caption>{t('figures.caption', { runs: report.runs, seed: report.seed })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('figures.figure')}</th>
            <th scope="col">{t('figures.value')}</th>
            {several && <th scope="col">{t('figures.halfWidth')}</th>}
          </tr>
        </thead>
        <tbody>
          {ROWS.map((row) => (
            <tr key={row.label}>
              <FigureRowHeader row={row} />
              <td>{formatNumber(row.value(report), row.digits)}</td>
              {several && <td>± {formatNumber(row.value(report.confidence_95), row.digits)}</td>}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
