// The normal runs the twin flies (full travel down, one floor up, half
// load): their flight figures, speed, acceleration and jerk against time,
// and their ride-quality figures (ISO 18738-1) with units.
import { useMemo } from 'react';

import { useI18n } from '../i18n/i18n';
import { formatFigure, MAIN_RIDE_FIGURES } from './format';
import { EventList } from './TestDetail';
import { eventMarkers, hasQuantity, type Quantity } from './traceData';
import { TraceChart } from './TraceChart';
import type { FigureUnit, TowerRun } from './types';

interface FigureRow {
  key: string;
  value: number | null;
  unit: string;
  label: string;
}

// The ride figures in the order shown: the main ones first, then the rest by key.
export function rideRows(run: TowerRun): { main: FigureRow[]; more: FigureRow[] } {
  const units: Record<string, FigureUnit> = run.ride_units ?? {};
  const row = (key: string): FigureRow => ({
    key,
    value: run.ride[key] ?? null,
    unit: units[key]?.unit ?? '',
    label: units[key]?.label ?? key,
  });
  const main: readonly string[] = MAIN_RIDE_FIGURES;
  return {
    main: main.filter((k) => k in run.ride).map(row),
    more: Object.keys(run.ride)
      .filter((k) => !main.includes(k))
      .sort()
      .map(row),
  };
}

function RideTable({ rows, caption }: { rows: FigureRow[]; caption: string }) {
  const { formatNumber, t } = useI18n();
  return (
    <div className="table-wrap">
      <table className="tower-ride-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('tower.ride.figure')}</th>
            <th scope="col">{t('tower.ride.value')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key}>
              <th scope="row">
                {r.label} <code className="hint">{r.key}</code>
              </th>
              <td className="num">
                {formatFigure(formatNumber, r.value, r.unit)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Run({ run }: { run: TowerRun }) {
  const { t, formatNumber } = useI18n();
  const markers = useMemo(() => eventMarkers(run.events), [run.events]);
  const rows = useMemo(() => rideRows(run), [run]);
  const trace = run.trace;
  const quantities: Quantity[] = trace
    ? (['speed', 'acceleration', 'jerk'] as const).filter((q) => hasQuantity(trace, q))
    : [];
  const titleId = `run-${run.id}-title`;
  return (
    <section className="card tower-run" aria-labelledby={titleId} data-testid={`run-${run.id}`}>
      <h3 id={titleId}>{run.title}</h3>
      <dl className="facts">
        <dt>{t('tower.run.flightTime')}</dt>
        <dd>{formatFigure(formatNumber, run.flight_time_s, 's')}</dd>
        <dt>{t('tower.run.maxSpeed')}</dt>
        <dd>{formatFigure(formatNumber, run.max_speed_mps, 'm/s')}</dd>
        <dt>{t('tower.run.stoppingError')}</dt>
        <dd>{formatFigure(formatNumber, run.stopping_error_mm, 'mm')}</dd>
      </dl>
      {trace && (
        <div className="tower-charts tower-run-charts">
          {quantities.map((q) => (
            <TraceChart
              key={q}
              trace={trace}
              quantity={q}
              markers={markers}
              syncKey={`run-${run.id}`}
              testId={`chart-run-${run.id}-${q}`}
              height={200}
            />
          ))}
        </div>
      )}
      {markers.length > 0 && (
        <details>
          <summary>{t('tower.run.events', { count: markers.length })}</summary>
          <EventList markers={markers} />
        </details>
      )}
      {run.ride_error ? (
        <p className="notice notice-warning">{run.ride_error}</p>
      ) : (
        <>
          <RideTable rows={rows.main} caption={t('tower.ride.caption', { run: run.title })} />
          {rows.more.length > 0 && (
            <details>
              <summary>{t('tower.ride.more', { count: rows.more.length })}</summary>
              <RideTable rows={rows.more} caption={t('tower.ride.moreCaption', { run: run.title })} />
            </details>
          )}
          {rows.main.some((r) => r.unit === 'mg') && <p className="hint">{`mg: ${t('tower.unit.mg')}`}</p>}
        </>
      )}
    </section>
  );
}

export function RunsPanel({ runs }: { runs: TowerRun[] }) {
  const { t } = useI18n();
  if (runs.length === 0) return null;
  return (
    <section aria-labelledby="tower-runs-title" className="tower-runs">
      <h2 id="tower-runs-title">{t('tower.runsTitle')}</h2>
      <p className="hint">{t('tower.runsHint')}</p>
      {runs.map((run) => (
        <Run key={run.id} run={run} />
      ))}
    </section>
  );
}
