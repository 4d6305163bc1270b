// A simulation compared with the pinned one on the same passengers: each
// figure for both, B - A with its paired 95 % interval (computed by the
// server, as `hoistway compare` does), and the charts overlaid.
import { useMemo } from 'react';
import type uPlot from 'uplot';

import { useI18n } from '../i18n/i18n';
import type { MessageKey } from '../i18n/messages';
import { clock, histogramPairColumns, queuePairColumns } from './chartData';
import { comparisonCsv, download } from './exportFiles';
import { colour } from './palette';
import type { ComparisonDocument, Timeline } from './types';
import { UPlotChart } from './UPlotChart';

const FIGURE_LABEL: Record<string, MessageKey> = {
  waiting_time_mean_s: 'figures.waitingMean',
  waiting_time_p50_s: 'figures.waitingP50',
  waiting_time_p95_s: 'figures.waitingP95',
  transit_time_mean_s: 'figures.transitMean',
  time_to_destination_mean_s: 'figures.destinationMean',
  time_to_destination_p95_s: 'compare.destinationP95',
  pct_waiting_over_60s: 'figures.over60',
  worst_5min_awt_s: 'figures.worst5min',
  handling_capacity_pct_per_5min: 'figures.handlingCapacity',
  round_trip_time_s: 'figures.rtt',
  interval_s: 'figures.interval',
  car_load_persons_mean: 'figures.carLoad',
  passengers_delivered: 'figures.delivered',
};

interface Props {
  comparison: ComparisonDocument;
  pinned: Timeline | undefined;
  current: Timeline;
  pinnedLabel: string;
  currentLabel: string;
}

export function ComparisonResults({ comparison, pinned, current, pinnedLabel, currentLabel }: Props) {
  const { t, formatNumber } = useI18n();
  const signed = (v: number) => `${v > 0 ? '+' : ''}${formatNumber(v, 2)}`;
  return (
    <section aria-labelledby="comparison-title" className="comparison-results">
      <h2 id="comparison-title">{t('compare.title')}</h2>
      <p className="lead">
        {t('compare.lead', { runs: comparison.runs, seed: comparison.seed, a: pinnedLabel, b: currentLabel })}
      </p>
      <div className="table-wrap">
        <table className="figures-table" data-testid="comparison-table">
          <caption>{t('compare.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('figures.figure')}</th>
              <th scope="col">{t('compare.pinned')}</th>
              <th scope="col">{t('compare.current')}</th>
              <th scope="col">{t('compare.difference')}</th>
              <th scope="col">{t('compare.interval')}</th>
              <th scope="col">{t('compare.significant')}</th>
            </tr>
          </thead>
          <tbody>
            {Object.entries(comparison.figures).map(([name, f]) => {
              const label = FIGURE_LABEL[name] ? t(FIGURE_LABEL[name]!) : name;
              // The unit, unless the label says it already ("... (persons)").
              const unit = f.unit && !label.includes(`(${f.unit})`) ? f.unit : '';
              return (
                <tr key={name} className={f.significant ? 'significant' : undefined}>
                  <th scope="row">
                    {label}
                    {unit && <span className="unit"> ({unit})</span>}
                  </th>
                  <td>{formatNumber(f.a, 2)}</td>
                  <td>{formatNumber(f.b, 2)}</td>
                  <td>{signed(f.difference)}</td>
                  <td>
                    {f.ci95_low === null || f.ci95_high === null
                      ? t('compare.oneRun')
                      : `[${signed(f.ci95_low)}, ${signed(f.ci95_high)}]`}
                  </td>
                  <td>{f.significant ? t('compare.yes') : t('compare.no')}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <div className="result-actions">
        <button
          type="button"
          onClick={() => download('hoistway-comparison.csv', comparisonCsv(comparison, pinnedLabel, currentLabel))}
        >
          {t('compare.exportCsv')}
        </button>
      </div>
      {pinned && <OverlayCharts pinned={pinned} current={current} />}
    </section>
  );
}

function OverlayCharts({ pinned, current }: { pinned: Timeline; current: Timeline }) {
  const { t } = useI18n();
  const hist = useMemo(() => histogramPairColumns(pinned, current), [pinned, current]);
  const queue = useMemo(() => queuePairColumns(pinned, current), [pinned, current]);
  const histData = useMemo<uPlot.AlignedData>(() => [hist.x, ...hist.series], [hist]);
  const queueData = useMemo<uPlot.AlignedData>(() => [queue.x, ...queue.series], [queue]);
  const series = useMemo(
    () => [
      { label: t('compare.pinned'), stroke: colour(0), width: 2, points: { show: false } },
      { label: t('compare.current'), stroke: colour(1), width: 2, dash: [8, 4], points: { show: false } },
    ],
    [t],
  );
  const histOptions = useMemo<Omit<uPlot.Options, 'width' | 'height'>>(
    () => ({
      scales: { x: { time: false } },
      axes: [{ label: t('charts.waitingTimeAxis') }, { label: t('charts.passengersAxis') }],
      series: [{ label: t('charts.waitingTimeAxis') }, ...series],
    }),
    [t, series],
  );
  const queueOptions = useMemo<Omit<uPlot.Options, 'width' | 'height'>>(
    () => ({
      scales: { x: { time: false } },
      axes: [
        { label: t('charts.timeAxis'), values: (_u: uPlot, splits: number[]) => splits.map(clock) },
        { label: t('charts.waitingAxis') },
      ],
      series: [
        { label: t('charts.timeAxis'), value: (_u: uPlot, v: number | null) => (v === null ? '–' : clock(v)) },
        ...series,
      ],
    }),
    [t, series],
  );
  return (
    <div className="charts comparison-charts">
      <UPlotChart
        testId="chart-compare-histogram"
        title={t('compare.histogramTitle')}
        description={t('compare.histogramDescription')}
        options={histOptions}
        data={histData}
      />
      <UPlotChart
        testId="chart-compare-queue"
        title={t('compare.queueTitle')}
        description={t('compare.queueDescription')}
        options={queueOptions}
        data={queueData}
      />
    </div>
  );
}
